package lab.nightlight.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.Transport;
import lab.nightlight.trace.Packet;
import lab.nightlight.trace.PacketHub;
import lab.nightlight.trace.PacketRelay;

/**
 * {@code --trace}: one line per MQTT packet. A client's packets are decoded by a loopback relay
 * beside it (the client's own side of the wire); the broker's, by its interceptors.
 */
final class Tracing {

    private Tracing() {
    }

    /** Only plain MQTT can be read on the wire; TLS encrypts it and WebSockets wrap it. */
    static boolean canTrace(BrokerAddress broker) {
        return broker.transport() == Transport.TCP;
    }

    /** A relay to {@code broker} whose packets are printed; TLS and WebSockets cannot be decoded on the way. */
    static PacketRelay relay(BrokerAddress broker, Output output) {
        PacketHub hub = new PacketHub();
        hub.listen(p -> print(p, output, false));
        try {
            return new PacketRelay(broker.host(), broker.port(), hub);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Prints one packet: {@code -> PUBLISH qos=2 id=1 topic=t/telemetry}, or the JSON event. The
     * line is MQTT's own notation (packet names and fields as the specification writes them), the
     * same in every language.
     */
    static void print(Packet p, Output output, boolean withClient) {
        String human = (withClient ? p.clientId() + " " : "") + p.traceLine();
        output.event(human, "packet",
                "dir", p.direction() == lab.nightlight.trace.Direction.TO_BROKER ? "out" : "in",
                "type", p.type().name(),
                "id", p.packetId() > 0 ? p.packetId() : null,
                "qos", p.qos() >= 0 ? p.qos() : null,
                "retain", p.retain() ? true : null,
                "dup", p.dup() ? true : null,
                "topic", p.topic(),
                "payload", p.preview(),
                "detail", p.detail(),
                "client", withClient ? p.clientId() : null);
    }
}
