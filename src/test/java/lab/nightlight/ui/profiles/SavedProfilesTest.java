package lab.nightlight.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import lab.nightlight.mqtt.MqttVersion;
import lab.nightlight.settings.ConnectionProfile;
import lab.nightlight.settings.Settings;
import lab.nightlight.settings.SettingsStore;
import lab.nightlight.ui.Texts;
import lab.nightlight.ui.messages.MessagesViewModel;
import lab.nightlight.ui.messages.Note;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The panes' profiles between runs: saved without a forgotten password, a corrupt file explained. */
class SavedProfilesTest {

    private final Texts texts = Texts.load(Locale.ENGLISH);
    private final MessagesViewModel messages = new MessagesViewModel(Clock.systemUTC());

    @Test
    void bothPanesProfilesComeBackAndAPasswordNotToRememberIsNotWritten(@TempDir Path dir) throws Exception {
        SavedProfiles saved = new SavedProfiles(new SettingsStore(dir), Runnable::run, Runnable::run, texts, messages);
        ConnectionProfile custom = new ConnectionProfile("Custom", false, "mqtts://broker.local:8883", MqttVersion.V3_1_1,
                "lamp", "do-not-write-me", false, null, true, null);
        saved.save(ConnectionProfile.embeddedBroker(), custom).join();
        assertThat(Files.readString(dir.resolve("settings.json"))).doesNotContain("do-not-write-me");

        SavedProfiles again = new SavedProfiles(new SettingsStore(dir), Runnable::run, Runnable::run, texts, messages);
        Settings s = again.load().join();
        assertThat(SavedProfiles.paneProfile(s, s.deviceProfile()).embedded()).isTrue();
        ConnectionProfile server = SavedProfiles.paneProfile(s, s.serverProfile());
        assertThat(server.url()).isEqualTo("mqtts://broker.local:8883");
        assertThat(server.username()).isEqualTo("lamp");
        assertThat(server.password()).isNull();
        assertThat(server.trustAnyCertificate()).isTrue();
    }

    @Test
    void aCorruptFileIsExplainedInTheMessageArea(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{ not json");
        SavedProfiles saved = new SavedProfiles(new SettingsStore(dir), Runnable::run, Runnable::run, texts, messages);
        Settings s = saved.load().join();
        assertThat(s.deviceProfile()).isEqualTo("Embedded");
        Note note = messages.currentProperty().get();
        assertThat(note.level()).isEqualTo(Note.Level.WARNING);
        assertThat(note.text()).startsWith("The saved connection settings could not be read");
    }
}
