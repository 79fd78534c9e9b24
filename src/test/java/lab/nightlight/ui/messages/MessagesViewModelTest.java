package lab.nightlight.ui.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MessagesViewModelTest {

    private final MessagesViewModel model = new MessagesViewModel(
            Clock.fixed(Instant.parse("2025-03-01T09:00:00Z"), ZoneOffset.UTC));

    @Test
    void theNewestNoteIsShownAndKept() {
        model.info("a", "first");
        model.warning("b", "second");
        assertThat(model.currentProperty().get().text()).isEqualTo("second");
        assertThat(model.recent()).extracting(Note::text).containsExactly("second", "first");
    }

    @Test
    void aRepeatOfTheSameTopicReplacesAndCounts() {
        for (int i = 0; i < 1000; i++) {
            model.warning("server-rejected", "rejected payload " + i);
        }
        assertThat(model.recent()).hasSize(1);
        Note note = model.currentProperty().get();
        assertThat(note.count()).isEqualTo(1000);
        assertThat(note.text()).isEqualTo("rejected payload 999");
    }

    @Test
    void keepsABoundedList() {
        for (int i = 0; i < 200; i++) {
            model.info("topic-" + i, "note " + i);
        }
        assertThat(model.recent()).hasSize(MessagesViewModel.KEPT);
    }

    @Test
    void dismissHidesResolveHidesOnlyItsOwnTopic() {
        model.error("server-connection", "lost");
        model.resolve("device-connection");
        assertThat(model.currentProperty().get()).isNotNull();
        model.resolve("server-connection");
        assertThat(model.currentProperty().get()).isNull();
        model.info("x", "hello");
        model.dismiss();
        assertThat(model.currentProperty().get()).isNull();
        assertThat(model.recent()).hasSize(2);
    }

    /** Note's equals is written out (see its comment); it must still mean what the record's would. */
    @Test
    void notesAreEqualWhenEveryFieldIs() {
        Instant at = Instant.parse("2026-11-29T04:00:00Z");
        Note note = new Note(Note.Level.INFO, "Welcome", "welcome", 1, at);
        assertThat(note).isEqualTo(new Note(Note.Level.INFO, "Welcome", "welcome", 1, at))
                .hasSameHashCodeAs(new Note(Note.Level.INFO, "Welcome", "welcome", 1, at));
        assertThat(note).isNotEqualTo(new Note(Note.Level.WARNING, "Welcome", "welcome", 1, at))
                .isNotEqualTo(new Note(Note.Level.INFO, "Welcome!", "welcome", 1, at))
                .isNotEqualTo(new Note(Note.Level.INFO, "Welcome", "other", 1, at))
                .isNotEqualTo(new Note(Note.Level.INFO, "Welcome", "welcome", 2, at))
                .isNotEqualTo(new Note(Note.Level.INFO, "Welcome", "welcome", 1, at.plusSeconds(1)))
                .isNotEqualTo("Welcome")
                .isNotEqualTo(null);
    }
}
