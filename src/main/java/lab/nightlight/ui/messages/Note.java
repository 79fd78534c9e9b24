package lab.nightlight.ui.messages;

import java.time.Instant;
import java.util.Objects;

/**
 * One message for the student: a sentence, how serious it is, and how many times it came in a
 * row. Notes with the same {@code topic} replace each other (a flood of rejected payloads is one
 * note that counts, not a thousand).
 */
public record Note(Level level, String text, String topic, int count, Instant at) {

    public enum Level {
        INFO, SUCCESS, WARNING, ERROR;

        public String styleClass() {
            return "note-" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Note {
        Objects.requireNonNull(level);
        Objects.requireNonNull(text);
        Objects.requireNonNull(topic);
        Objects.requireNonNull(at);
    }

    Note again(Level level, String text, Instant at) {
        return new Note(level, text, topic, count + 1, at);
    }

    // Written out, with the record's meaning: the generated equals links an invokedynamic
    // bootstrap the first time it runs, and the welcome note's was 20-25 ms of cold
    // method-handle work on the FX thread before the first frame (JFR, three starts).
    @Override
    public boolean equals(Object o) {
        return o instanceof Note n && level == n.level && count == n.count && text.equals(n.text)
                && topic.equals(n.topic) && at.equals(n.at);
    }

    @Override
    public int hashCode() {
        return Objects.hash(level, text, topic, count, at);
    }
}
