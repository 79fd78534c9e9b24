package lab.nightlight.ui.messages;

import java.time.Clock;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The message area: the newest note in the banner, the recent ones in a list. Every pane posts
 * here instead of opening dialogs, so a student finds explanations and errors in one place.
 * Use on the FX thread.
 */
public final class MessagesViewModel {

    /** Older notes beyond this fall off the list. */
    public static final int KEPT = 50;

    private final Clock clock;
    private final ReadOnlyObjectWrapper<Note> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ObservableList<Note> recent = FXCollections.observableArrayList();
    private final ObservableList<Note> recentView = FXCollections.unmodifiableObservableList(recent);

    public MessagesViewModel(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    /** The note the banner shows, or null when there is none (dismissed). */
    public ReadOnlyObjectProperty<Note> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Recent notes, newest first. */
    public ObservableList<Note> recent() {
        return recentView;
    }

    public void info(String topic, String text) {
        post(Note.Level.INFO, topic, text);
    }

    public void success(String topic, String text) {
        post(Note.Level.SUCCESS, topic, text);
    }

    public void warning(String topic, String text) {
        post(Note.Level.WARNING, topic, text);
    }

    public void error(String topic, String text) {
        post(Note.Level.ERROR, topic, text);
    }

    /**
     * Shows a note. If the newest note has the same topic it is replaced and counted
     * ("(3 times)"), so repeated reconnect attempts or rejected payloads do not bury the rest.
     */
    public void post(Note.Level level, String topic, String text) {
        Note newest = recent.isEmpty() ? null : recent.get(0);
        Note note;
        if (newest != null && newest.topic().equals(topic)) {
            note = newest.again(level, text, clock.instant());
            recent.set(0, note);
        } else {
            note = new Note(level, text, topic, 1, clock.instant());
            recent.add(0, note);
            if (recent.size() > KEPT) {
                recent.remove(KEPT, recent.size());
            }
        }
        current.set(note);
    }

    /** Shows an earlier note in the banner again. */
    public void show(Note note) {
        current.set(note);
    }

    /** Hides the banner; the note stays in the list. */
    public void dismiss() {
        current.set(null);
    }

    /** Hides the banner if it shows a note of this topic (the problem went away). */
    public void resolve(String topic) {
        Note note = current.get();
        if (note != null && note.topic().equals(topic)) {
            current.set(null);
        }
    }
}
