package lab.nightlight.mqtt;

/** MQTT quality of service, as the lesson names the three levels. */
public enum Qos {
    /** "At most once": sent once, nobody checks (fire and forget). */
    AT_MOST_ONCE,
    /** "At least once": resent until acknowledged (PUBACK). */
    AT_LEAST_ONCE,
    /** "Exactly once": a four-packet handshake (PUBREC, PUBREL, PUBCOMP). */
    EXACTLY_ONCE;

    public int level() {
        return ordinal();
    }

    public static Qos of(int level) {
        if (level < 0 || level > 2) {
            throw new IllegalArgumentException("QoS must be 0, 1 or 2, was " + level);
        }
        return values()[level];
    }
}
