package lab.nightlight.ui.packets;

import lab.nightlight.trace.Direction;
import lab.nightlight.trace.Packet;

/** One packet as the diagram draws it: from one lifeline to another, in the order seen. */
public record Arrow(Packet packet, Lifeline client) {

    public Lifeline from() {
        return packet.direction() == Direction.TO_BROKER ? client : Lifeline.BROKER;
    }

    public Lifeline to() {
        return packet.direction() == Direction.TO_BROKER ? Lifeline.BROKER : client;
    }

    /** The arrow's label: type, id, QoS, retain, dup, topic and a short payload preview. */
    public String label() {
        StringBuilder b = new StringBuilder(packet.type().name());
        if (packet.packetId() > 0) {
            b.append(" #").append(packet.packetId());
        }
        if (packet.qos() >= 0) {
            b.append(" q").append(packet.qos());
        }
        if (packet.retain()) {
            b.append(" R");
        }
        if (packet.dup()) {
            b.append(" DUP");
        }
        if (packet.topic() != null) {
            b.append("  ").append(packet.topic());
        }
        if (packet.preview() != null) {
            String p = packet.preview();
            b.append("  ").append(p.length() > 32 ? p.substring(0, 31) + "…" : p);
        }
        return b.toString();
    }
}
