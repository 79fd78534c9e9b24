package lab.nightlight.trace;

import java.time.Instant;

/**
 * One MQTT control packet as observed on the wire. Fields that a packet type does not have are
 * -1 ({@code packetId}, {@code qos}), false or null. {@code preview} is a short, printable
 * payload preview (never the whole payload); {@code detail} holds type-specific facts such as a
 * reason code, keep-alive or clean-start flag.
 */
public record Packet(
        long sequence,
        Instant at,
        Vantage vantage,
        String clientId,
        Direction direction,
        PacketType type,
        int packetId,
        int qos,
        boolean retain,
        boolean dup,
        String topic,
        String preview,
        String detail) {

    /** One line as `--trace` prints it: {@code -> PUBLISH qos=2 id=1 topic=t/telemetry}. */
    public String traceLine() {
        StringBuilder b = new StringBuilder(direction.arrow()).append(' ').append(type.name());
        if (qos >= 0) {
            b.append(" qos=").append(qos);
        }
        if (packetId > 0) {
            b.append(" id=").append(packetId);
        }
        if (retain) {
            b.append(" retain");
        }
        if (dup) {
            b.append(" dup");
        }
        if (topic != null) {
            b.append(" topic=").append(topic);
        }
        if (preview != null) {
            b.append(" payload=").append(preview);
        }
        if (detail != null && !detail.isEmpty()) {
            b.append(' ').append(detail);
        }
        return b.toString();
    }
}
