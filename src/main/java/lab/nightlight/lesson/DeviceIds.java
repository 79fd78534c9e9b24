package lab.nightlight.lesson;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Device ids: the lesson asks for a unique id (it suggests a GUID) so that two students on one
 * public broker do not read each other's telemetry. An id becomes the first level of every topic,
 * so it must not contain the characters MQTT reserves in topic names.
 */
public final class DeviceIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** MQTT topic names are at most 65535 bytes; ids are kept short enough to type. */
    public static final int MAX_LENGTH = 64;

    private DeviceIds() {
    }

    /** A fresh, unique-enough id such as {@code nl-7f3a9c2e}. */
    public static String random() {
        return "nl-" + Integer.toHexString(RANDOM.nextInt() | 0x10000000).toLowerCase(Locale.ROOT);
    }

    /** Null when the id is usable, otherwise a sentence that says what is wrong with it. */
    public static String problemWith(String id) {
        if (id == null || id.isBlank()) {
            return "The device id is empty: type a short unique name, for example " + random() + ".";
        }
        if (id.length() > MAX_LENGTH) {
            return "The device id is longer than " + MAX_LENGTH + " characters.";
        }
        // Topics starting with '$' belong to the broker: HiveMQ closes the connection of a client
        // that publishes to one, and wildcard subscriptions never match them.
        if (id.startsWith("$")) {
            return "The device id may not start with '$': MQTT keeps such topics for the broker itself.";
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '/' || c == '+' || c == '#') {
                return "The device id may not contain '/', '+' or '#': MQTT uses them in topics.";
            }
            // isSpaceChar also catches the no-break space that comes with text copied from a web page.
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                return "The device id may not contain spaces or control characters.";
            }
            // A lone surrogate cannot be encoded as UTF-8, which MQTT requires of topics and client ids.
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < id.length() && Character.isLowSurrogate(id.charAt(i + 1))) {
                    i++;
                } else {
                    return "The device id contains a broken character; type it again.";
                }
            }
        }
        return null;
    }
}
