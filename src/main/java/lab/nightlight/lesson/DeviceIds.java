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
        Problem problem = check(id);
        if (problem == null) {
            return null;
        }
        return switch (problem) {
            case EMPTY -> "The device id is empty: type a short unique name, for example " + random() + ".";
            case TOO_LONG -> "The device id is longer than " + MAX_LENGTH + " characters.";
            case RESERVED_CHARACTER -> "The device id may not contain '/', '+' or '#': MQTT uses them in topics.";
            case WHITESPACE -> "The device id may not contain spaces or control characters.";
            case DOLLAR -> "The device id may not start with '$': MQTT keeps such topics for the broker itself.";
            case BROKEN_CHARACTER -> "The device id contains a broken character; type it again.";
        };
    }

    /**
     * Null when the id is usable, otherwise the stable bundle key of the sentence that explains
     * it ({@code deviceid.empty}, ...), so a window can say it in the student's language.
     */
    public static String problemKey(String id) {
        Problem problem = check(id);
        return problem == null ? null : problem.key();
    }

    private enum Problem {
        EMPTY, TOO_LONG, RESERVED_CHARACTER, WHITESPACE, DOLLAR, BROKEN_CHARACTER;

        String key() {
            return "deviceid." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private static Problem check(String id) {
        if (id == null || id.isBlank()) {
            return Problem.EMPTY;
        }
        if (id.length() > MAX_LENGTH) {
            return Problem.TOO_LONG;
        }
        // Topics starting with '$' belong to the broker: HiveMQ closes the connection of a client
        // that publishes to one, and wildcard subscriptions never match them.
        if (id.startsWith("$")) {
            return Problem.DOLLAR;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '/' || c == '+' || c == '#') {
                return Problem.RESERVED_CHARACTER;
            }
            // isSpaceChar also catches the no-break space that comes with text copied from a web page.
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                return Problem.WHITESPACE;
            }
            // A lone surrogate cannot be encoded as UTF-8, which MQTT requires of topics and client ids.
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < id.length() && Character.isLowSurrogate(id.charAt(i + 1))) {
                    i++;
                } else {
                    return Problem.BROKEN_CHARACTER;
                }
            }
        }
        return null;
    }
}
