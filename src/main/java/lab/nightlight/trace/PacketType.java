package lab.nightlight.trace;

/** The MQTT control packets, by their fixed-header type number (1..15). */
public enum PacketType {
    CONNECT(1), CONNACK(2), PUBLISH(3), PUBACK(4), PUBREC(5), PUBREL(6), PUBCOMP(7),
    SUBSCRIBE(8), SUBACK(9), UNSUBSCRIBE(10), UNSUBACK(11), PINGREQ(12), PINGRESP(13),
    DISCONNECT(14), AUTH(15);

    private final int code;

    PacketType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The type for a fixed header's upper four bits, or null for the reserved 0. */
    public static PacketType ofCode(int code) {
        return code >= 1 && code <= 15 ? values()[code - 1] : null;
    }

    public boolean isPing() {
        return this == PINGREQ || this == PINGRESP;
    }

    /** The bundle key of the plain-language explanation shown when an arrow is clicked. */
    public String explanationKey() {
        return "packet." + name().toLowerCase(java.util.Locale.ROOT) + ".explain";
    }
}
