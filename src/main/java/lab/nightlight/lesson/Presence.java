package lab.nightlight.lesson;

import java.nio.charset.StandardCharsets;

/**
 * Whether a device is there, as it announces on {@code <id>/status}: "online" (retained) when it
 * connects, "offline" as its last will, so the broker says it for the device when it vanishes.
 * Not in the lesson's code; the app adds it to show last will and retained messages.
 */
public enum Presence {
    ONLINE, OFFLINE, UNKNOWN;

    public byte[] payload() {
        return name().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8);
    }

    /** "online" or "offline"; anything else (including an empty, cleared message) is UNKNOWN. */
    public static Presence parse(byte[] payload) {
        String text = new String(payload, StandardCharsets.UTF_8).trim();
        return switch (text) {
            case "online" -> ONLINE;
            case "offline" -> OFFLINE;
            default -> UNKNOWN;
        };
    }
}
