package lab.nightlight;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.ConnectOptions;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.Transport;
import lab.nightlight.trace.PacketHub;
import lab.nightlight.trace.PacketRelay;

/**
 * Each pane's plug: a loopback {@link PacketRelay} its connection dials instead of the broker, so
 * a teacher can pull it (silently, or as a crash) and the packets are seen from the client's side.
 * Plain MQTT over TCP only: a relay cannot speak TLS or WebSockets, so those panes connect directly
 * and have no plug.
 */
final class Plugs {

    /** How long a pane being replaced may take to say goodbye before its old relay closes anyway. */
    private static final Duration GOODBYE = Duration.ofSeconds(2);

    private final Map<Pane, PacketRelay> relays = new EnumMap<>(Pane.class);
    private final PacketHub packets;

    Plugs(PacketHub packets) {
        this.packets = packets;
    }

    /** Puts a plug in front of {@code broker} for the pane, when the broker speaks plain TCP. */
    synchronized void open(Pane pane, BrokerAddress broker) {
        if (broker == null || broker.transport() != Transport.TCP) {
            return;
        }
        try {
            relays.put(pane, new PacketRelay(broker.host(), broker.port(), packets));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Takes the pane's plug away once {@code goodbye} is done: closing it earlier would show the
     * old connection as lost, and it would try again.
     */
    synchronized void closeAfter(Pane pane, CompletableFuture<?> goodbye) {
        PacketRelay relay = relays.remove(pane);
        if (relay != null) {
            goodbye.orTimeout(GOODBYE.toMillis(), TimeUnit.MILLISECONDS).whenComplete((ok, e) -> relay.close());
        }
    }

    /**
     * A connection for the pane to {@code broker}: through its plug if it has one, else direct.
     * State is told on {@code events}, messages handed over on {@code messages}.
     */
    synchronized MqttConnection connect(Pane pane, BrokerAddress broker, ConnectOptions options, Executor events,
                                        Executor messages) {
        PacketRelay relay = relays.get(pane);
        if (relay == null) {
            return MqttConnection.create(broker, options, events, messages);
        }
        BrokerAddress via = new BrokerAddress("127.0.0.1", relay.localPort());
        return MqttConnection.createVia(broker, via, relay::upstreamFailure, options, events, messages);
    }

    synchronized boolean has(Pane pane) {
        return relays.containsKey(pane);
    }

    /** {@code silent}: traffic stops, sockets stay open (a cable pulled); else both sockets reset (a crash). */
    synchronized void pull(Pane pane, boolean silent) {
        PacketRelay relay = relays.get(pane);
        if (relay == null) {
            return;
        }
        if (silent) {
            relay.cut();
        } else {
            relay.reset();
        }
    }

    synchronized void plugIn(Pane pane) {
        PacketRelay relay = relays.get(pane);
        if (relay != null) {
            relay.plugIn();
        }
    }

    synchronized boolean isUnplugged(Pane pane) {
        PacketRelay relay = relays.get(pane);
        return relay != null && relay.isUnplugged();
    }

    synchronized void closeAll() {
        relays.values().forEach(PacketRelay::close);
    }
}
