package lab.nightlight.lesson;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Why a payload was not accepted, with the bytes that arrived. {@link #reason()} is a stable code
 * for counting and translating; {@link #detail()} adds the specifics in English.
 */
public record Rejection(Reason reason, String detail, byte[] raw) {

    /** Stable reason codes; {@link #key()} names the bundle key of the sentence in the UI. */
    public enum Reason {
        EMPTY("the payload is empty"),
        TOO_LARGE("the payload is too large"),
        NOT_UTF8("the payload is not UTF-8 text"),
        NOT_JSON("the payload is not JSON"),
        NOT_AN_OBJECT("the payload is JSON but not an object"),
        MISSING_FIELD("a field the lesson needs is missing"),
        WRONG_TYPE("a field has the wrong type"),
        OUT_OF_RANGE("a value is out of range");

        private final String english;

        Reason(String english) {
            this.english = english;
        }

        public String english() {
            return english;
        }

        public String key() {
            return "rejection." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Rejection {
        raw = raw == null ? new byte[0] : raw;
    }

    /** One English sentence, e.g. "Rejected: a field has the wrong type ("light" is a string)." */
    public String message() {
        return "Rejected: " + reason.english() + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")") + ".";
    }

    /** A short, printable preview of what arrived: text if it is text, hex otherwise. */
    public String preview(int maxChars) {
        return PayloadPreview.of(raw, maxChars);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rejection r && r.reason == reason && java.util.Objects.equals(r.detail, detail)
                && Arrays.equals(r.raw, raw);
    }

    @Override
    public int hashCode() {
        return reason.hashCode() * 31 + Arrays.hashCode(raw);
    }

    @Override
    public String toString() {
        return message() + " raw=" + preview(40) + " (" + raw.length + " bytes)";
    }

    static String utf8(byte[] raw) {
        return new String(raw, StandardCharsets.UTF_8);
    }
}
