package lab.nightlight.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import lab.nightlight.mqtt.MqttVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path folder;

    @Test
    void aFreshMachineGetsTheBuiltInProfilesAndAUniqueId() {
        SettingsStore.Loaded loaded = new SettingsStore(folder).load();
        assertThat(loaded.warning()).isNull();
        assertThat(loaded.settings().profiles()).extracting(ConnectionProfile::name)
                .startsWith("Embedded", "Local Mosquitto", "test.mosquitto.org");
        assertThat(loaded.settings().profile("test.mosquitto.org").orElseThrow().warningKey())
                .isEqualTo(Profiles.PUBLIC_WARNING);
        assertThat(loaded.settings().deviceId()).startsWith("nl-");
    }

    @Test
    void settingsSurviveARestartButAPasswordOnlyWhenAskedTo() throws Exception {
        SettingsStore store = new SettingsStore(folder);
        Settings s = Settings.defaults().withDeviceId("class7-desk3")
                .withProfile(new ConnectionProfile("School", false, "mqtts://broker.school:8883", MqttVersion.V3_1_1,
                        "student", "hunter2", false, "/etc/ca.crt", false, null))
                .withProfile(new ConnectionProfile("Home", false, "mqtt://10.0.0.2", MqttVersion.V5,
                        "me", "kept-secret", true, null, false, null))
                .withPaneProfiles("School", "Embedded");
        store.save(s);

        String json = Files.readString(store.file());
        assertThat(json).doesNotContain("hunter2").contains("kept-secret");
        Settings back = store.load().settings();
        assertThat(back.deviceId()).isEqualTo("class7-desk3");
        assertThat(back.deviceProfile()).isEqualTo("School");
        ConnectionProfile school = back.profile("School").orElseThrow();
        assertThat(school.version()).isEqualTo(MqttVersion.V3_1_1);
        assertThat(school.password()).isNull();
        assertThat(school.caCertificate()).isEqualTo("/etc/ca.crt");
        assertThat(back.profile("Home").orElseThrow().password()).isEqualTo("kept-secret");
    }

    @Test
    void aCorruptFileIsSetAsideDefaultsAreUsedAndTheUserIsTold() throws Exception {
        SettingsStore store = new SettingsStore(folder);
        Files.writeString(store.file(), "{ this is not json");
        SettingsStore.Loaded loaded = store.load();
        assertThat(loaded.settings().profiles()).isNotEmpty();
        assertThat(loaded.warning()).contains("could not be read").contains("settings.json.unreadable-");
        // What the window says in its own language: where the old file went.
        assertThat(loaded.unreadable().key()).isEqualTo("settings.unreadable.kept");
        assertThat(loaded.unreadable().args()).containsExactly(loaded.unreadable().keptAs().getFileName().toString(),
                folder.toString());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("settings.json.unreadable-"));
        }
        assertThat(Files.exists(store.file())).isFalse();
    }

    @Test
    void aPasswordNeverShowsInText() {
        ConnectionProfile p = new ConnectionProfile("School", false, "mqtt://b", MqttVersion.V5, "student",
                "hunter2", true, null, false, null);
        assertThat(p.toString()).doesNotContain("hunter2").contains("***");
        assertThat(p.applyTo(lab.nightlight.mqtt.ConnectOptions.defaults("c")).toString()).doesNotContain("hunter2");
    }
}
