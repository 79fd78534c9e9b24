package lab.nightlight;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import lab.nightlight.broker.BrokerException;
import lab.nightlight.broker.BrokerSettings;
import lab.nightlight.broker.BrokerStats;
import lab.nightlight.broker.EmbeddedBroker;
import lab.nightlight.device.VirtualDevice;
import lab.nightlight.lesson.Topics;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.ConnectOptions;
import lab.nightlight.mqtt.Message;
import lab.nightlight.mqtt.Qos;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.MqttVersion;
import lab.nightlight.server.NightlightServer;
import lab.nightlight.trace.PacketHub;
import lab.nightlight.trace.PacketRelay;
import lab.nightlight.trace.Vantage;

/**
 * The composition root: builds the broker, the two connections, the device and the server once
 * and hands them to whoever shows them (the window) or drives them (tests, benchmarks). No JavaFX
 * here, so the same wiring runs headless.
 *
 * <p>Each pane's connection runs through its own loopback {@link PacketRelay}, so a teacher can
 * pull either pane's plug. Packets are observed inside the embedded broker; on an external
 * broker, by the relays (the clients' vantage point). Changing the device id or a pane's session
 * options rebuilds that side with the same settings and tells {@link #onPair} listeners.
 */
public final class App implements AutoCloseable {

    /** How the app is put together. {@code externalBroker} null means the embedded broker. */
    public record Config(String deviceId, BrokerAddress externalBroker, BrokerSettings embedded, MqttVersion version,
                         Executor events) {
        public Config {
            Objects.requireNonNull(deviceId, "deviceId");
            Objects.requireNonNull(embedded, "embedded");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(events, "events");
        }

        public static Config embedded(String deviceId, Path workRoot, Executor events) {
            return new Config(deviceId, null, BrokerSettings.defaults(workRoot), MqttVersion.V5, events);
        }
    }

    /** The device and server currently in use; replaced when the id or session options change. */
    public record Pair(VirtualDevice device, NightlightServer server) {
    }

    private static final java.util.concurrent.atomic.AtomicInteger LATE_SUBSCRIBERS = new java.util.concurrent.atomic.AtomicInteger();
    private final Config config;
    private final EmbeddedBroker embeddedBroker;
    private final PacketHub brokerPackets = new PacketHub();
    private final PacketHub clientPackets = new PacketHub();
    private final Map<Pane, SessionOptions> sessions = new EnumMap<>(Pane.class);
    private final Map<Pane, PacketRelay> relays = new EnumMap<>(Pane.class);
    private final List<Consumer<BrokerStatus>> brokerListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Pair>> pairListeners = new CopyOnWriteArrayList<>();
    private volatile BrokerStatus brokerStatus;
    private volatile BrokerAddress address;
    private volatile Pair pair;
    private volatile boolean closed;

    public App(Config config) {
        this.config = config;
        SessionOptions lesson = SessionOptions.LESSON.withVersion(config.version());
        sessions.put(Pane.DEVICE, lesson);
        sessions.put(Pane.SERVER, lesson);
        if (config.externalBroker() == null) {
            embeddedBroker = new EmbeddedBroker(config.embedded(), brokerPackets);
            brokerStatus = new BrokerStatus.Starting();
        } else {
            embeddedBroker = null;
            address = config.externalBroker();
            brokerStatus = new BrokerStatus.External(address);
        }
    }

    public void onBrokerStatus(Consumer<BrokerStatus> listener) {
        brokerListeners.add(listener);
    }

    /** Called on the event executor with the new pair whenever the device or server is (re)built. */
    public void onPair(Consumer<Pair> listener) {
        pairListeners.add(listener);
    }

    public BrokerStatus brokerStatus() {
        return brokerStatus;
    }

    /** Where the broker is (not the relays), once known; null while the embedded one starts. */
    public BrokerAddress brokerAddress() {
        return address;
    }

    public Pair pair() {
        return pair;
    }

    public BrokerStats brokerStats() {
        return embeddedBroker == null ? BrokerStats.NONE : embeddedBroker.stats();
    }

    /** The packets to draw: seen inside the embedded broker, or at the clients on an external one. */
    public PacketHub packets() {
        return embeddedBroker != null ? brokerPackets : clientPackets;
    }

    public Vantage vantage() {
        return embeddedBroker != null ? Vantage.BROKER : Vantage.CLIENT;
    }

    public SessionOptions sessionOptions(Pane pane) {
        return sessions.get(pane);
    }

    /**
     * Starts the embedded broker if used, then builds and connects the device and the server.
     * Completes with the pair once both panes' connections are up.
     */
    public CompletableFuture<Pair> start() {
        CompletableFuture<BrokerAddress> broker;
        if (embeddedBroker == null) {
            broker = CompletableFuture.completedFuture(address);
        } else {
            broker = embeddedBroker.start().thenApply(info -> {
                address = BrokerAddress.parse(info.url());
                setBrokerStatus(new BrokerStatus.Embedded(info));
                return address;
            }).whenComplete((a, e) -> {
                if (e != null) {
                    Throwable cause = e.getCause() != null ? e.getCause() : e;
                    setBrokerStatus(new BrokerStatus.Failed(cause instanceof BrokerException
                            ? cause.getMessage() : "The embedded broker could not start: " + cause.getMessage()));
                }
            });
        }
        return broker.thenCompose(a -> {
            openRelays(a);
            Topics topics = new Topics(config.deviceId());
            return publish(new Pair(newDevice(topics, null), newServer(topics, null)));
        });
    }

    /** Rebuilds the device and the server for another id (the lesson's topics and client ids follow). */
    public CompletableFuture<Pair> changeDeviceId(String id) {
        Topics topics = new Topics(id);
        Pair old = pair;
        Pair next = new Pair(newDevice(topics, old == null ? null : old.device()),
                newServer(topics, old == null ? null : old.server()));
        if (old != null) {
            closeDevice(old.device());
            closeServer(old.server());
        }
        return publish(next);
    }

    /** Reconnects one pane with new session options (keep-alive, clean start, expiry, version). */
    public CompletableFuture<Pair> setSessionOptions(Pane pane, SessionOptions options) {
        sessions.put(pane, Objects.requireNonNull(options));
        Pair old = pair;
        if (old == null) {
            return CompletableFuture.completedFuture(null);
        }
        Topics topics = old.device().topics();
        Pair next;
        if (pane == Pane.DEVICE) {
            next = new Pair(newDevice(topics, old.device()), old.server());
            closeDevice(old.device());
        } else {
            next = new Pair(old.device(), newServer(topics, old.server()));
            closeServer(old.server());
        }
        return publish(next);
    }

    /**
     * Pulls a pane's plug: with {@code silent}, traffic stops but the sockets stay open (a cable
     * pulled: the broker notices when the keep-alive runs out); otherwise both sockets are reset
     * at once (a crash). Either way no DISCONNECT is sent. The pane reconnects after {@link #plugIn}.
     */
    public void pullThePlug(Pane pane, boolean silent) {
        PacketRelay relay = relays.get(pane);
        if (relay != null) {
            if (silent) {
                relay.cut();
            } else {
                relay.reset();
            }
        }
    }

    public void plugIn(Pane pane) {
        PacketRelay relay = relays.get(pane);
        if (relay != null) {
            relay.plugIn();
        }
    }

    public boolean isUnplugged(Pane pane) {
        PacketRelay relay = relays.get(pane);
        return relay != null && relay.isUnplugged();
    }

    /**
     * Starts a new subscriber on {@code filter}, as a student who joins late: it receives the
     * retained message at once, flagged as retained, then live messages without the flag.
     * Close the returned connection to end it.
     */
    public CompletableFuture<MqttConnection> lateSubscriber(String filter, Qos qos, Consumer<Message> handler) {
        String id = (pair == null ? config.deviceId() : pair.device().topics().id()) + "late_subscriber_"
                + LATE_SUBSCRIBERS.incrementAndGet();
        MqttConnection late = MqttConnection.create(address, ConnectOptions.defaults(id).withVersion(config.version()),
                config.events());
        late.subscribe(filter, qos, handler);
        return late.connect().thenApply(x -> late);
    }

    /** Clears a retained message the MQTT way: an empty payload published with the retain flag set. */
    public CompletableFuture<Void> clearRetained(String topic) {
        Pair p = pair;
        if (p == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("not started"));
        }
        return p.server().connection().publish(topic, new byte[0], Qos.AT_LEAST_ONCE, true);
    }

    private void openRelays(BrokerAddress broker) {
        for (Pane pane : Pane.values()) {
            try {
                relays.put(pane, new PacketRelay(broker.host(), broker.port(), clientPackets));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private MqttConnection connection(Pane pane, ConnectOptions options) {
        PacketRelay relay = relays.get(pane);
        BrokerAddress via = new BrokerAddress("127.0.0.1", relay.localPort());
        // The window keeps trying while a broker is away; it says so and counts down.
        return MqttConnection.createVia(address, via, relay::upstreamFailure,
                sessions.get(pane).applyTo(options).withRetryFirstConnect(true), config.events());
    }

    private VirtualDevice newDevice(Topics topics, VirtualDevice old) {
        ConnectOptions options = ConnectOptions.defaults(topics.deviceClientId())
                .withWill(VirtualDevice.presenceWill(topics));
        VirtualDevice device = new VirtualDevice(connection(Pane.DEVICE, options), topics, config.events());
        if (old != null) {
            device.copySettingsFrom(old);
        }
        return device;
    }

    private NightlightServer newServer(Topics topics, NightlightServer old) {
        NightlightServer server = new NightlightServer(
                connection(Pane.SERVER, ConnectOptions.defaults(topics.serverClientId())), topics, config.events());
        if (old != null) {
            server.copySettingsFrom(old);
        }
        return server;
    }

    /** Makes {@code next} current, tells listeners, and connects whatever is not connected yet. */
    private CompletableFuture<Pair> publish(Pair next) {
        pair = next;
        pairListeners.forEach(l -> config.events().execute(() -> l.accept(next)));
        if (closed) {
            close();
            return CompletableFuture.failedFuture(new IllegalStateException("closed"));
        }
        next.device().start();
        next.server().start();
        return CompletableFuture.allOf(next.device().connection().connect(), next.server().connection().connect())
                .thenApply(x -> next);
    }

    private void setBrokerStatus(BrokerStatus status) {
        brokerStatus = status;
        brokerListeners.forEach(l -> config.events().execute(() -> l.accept(status)));
    }

    private static void closeDevice(VirtualDevice device) {
        device.close();
        device.disconnect();
    }

    private static void closeServer(NightlightServer server) {
        server.close();
        server.connection().close();
    }

    /**
     * Disconnects both panes (the device says "offline" first) and then, in the background,
     * closes the relays and stops the embedded broker; returns at once. The relays close only
     * after the goodbyes, or a pane would see its connection lost and try again.
     */
    @Override
    public void close() {
        closed = true;
        Pair p = pair;
        CompletableFuture<Void> goodbyes = p == null ? CompletableFuture.completedFuture(null)
                : CompletableFuture.allOf(p.device().disconnect(), p.server().connection().disconnect());
        if (p != null) {
            p.device().close();
            p.server().close();
        }
        goodbyes.orTimeout(2, java.util.concurrent.TimeUnit.SECONDS).whenComplete((ok, e) -> {
            if (p != null) {
                // Whatever hung, no pane may reconnect once its relay is gone.
                p.device().connection().disconnect();
                p.server().connection().disconnect();
            }
            relays.values().forEach(PacketRelay::close);
            if (embeddedBroker != null) {
                embeddedBroker.stop();
            }
        });
    }
}
