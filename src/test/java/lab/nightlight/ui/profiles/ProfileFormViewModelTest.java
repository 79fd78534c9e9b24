package lab.nightlight.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import lab.nightlight.Pane;
import lab.nightlight.SessionOptions;
import lab.nightlight.broker.BrokerInfo;
import lab.nightlight.broker.BrokerSettings;
import lab.nightlight.mqtt.MqttVersion;
import lab.nightlight.mqtt.Transport;
import lab.nightlight.settings.ConnectionProfile;
import lab.nightlight.ui.Texts;
import lab.nightlight.ui.messages.MessagesViewModel;
import org.junit.jupiter.api.Test;

/** The connection dialog's form without a toolkit: presets, validation as one types, what apply asks for. */
class ProfileFormViewModelTest {

    private final Texts texts = Texts.load(Locale.ENGLISH);
    private final MessagesViewModel messages = new MessagesViewModel(Clock.systemUTC());
    private final FakeConnections app = new FakeConnections();
    private final List<ConnectionProfile[]> saved = new ArrayList<>();
    private final ProfileFormViewModel form = new ProfileFormViewModel(texts, messages, app,
            (d, s) -> saved.add(new ConnectionProfile[] {d, s}));

    @Test
    void startsFromWhatTheAppUsesAndTheEmbeddedBrokerNeedsNoAddress() {
        assertThat(form.presetProperty().get()).isEqualTo(Preset.EMBEDDED);
        assertThat(form.externalProperty().get()).isFalse();
        assertThat(form.validProperty().get()).isTrue();
        assertThat(form.clientIdsProperty().get()).contains("dev-client").contains("srv-client");
    }

    @Test
    void thePublicBrokerShowsTheLessonsWarningAndItsPortPerTransport() {
        form.presetProperty().set(Preset.PUBLIC);
        assertThat(form.hostProperty().get()).isEqualTo("test.mosquitto.org");
        assertThat(form.publicWarningProperty().get()).contains("anyone can read").contains("8886").contains("8081");
        form.transportProperty().set(Transport.TLS);
        assertThat(form.portProperty().get()).isEqualTo("8886");
        assertThat(form.urlProperty().get()).isEqualTo("mqtts://test.mosquitto.org:8886");
        assertThat(form.plugNoteProperty().get()).contains("plug");
        form.transportProperty().set(Transport.SECURE_WEBSOCKET);
        assertThat(form.urlProperty().get()).isEqualTo("wss://test.mosquitto.org:8081/mqtt");
        assertThat(form.profile().warningKey()).isEqualTo("profile.public.warning");
    }

    @Test
    void validatesAsTheUserTypes() {
        form.presetProperty().set(Preset.CUSTOM);
        form.hostProperty().set("");
        assertThat(form.problemProperty().get()).isEqualTo("Enter the broker’s host name or IP address.");
        assertThat(form.validProperty().get()).isFalse();
        form.hostProperty().set("broker.local");
        form.portProperty().set("70000");
        assertThat(form.problemProperty().get()).contains("1 to 65535");
        form.portProperty().set("1884");
        form.hostProperty().set("bad host!");
        assertThat(form.problemProperty().get()).startsWith("This address cannot be used:");
        form.hostProperty().set("broker.local");
        form.keepAliveProperty().set("-1");
        assertThat(form.problemProperty().get()).contains("Keep-alive");
        form.keepAliveProperty().set("30");
        assertThat(form.validProperty().get()).isTrue();
        assertThat(form.urlProperty().get()).isEqualTo("mqtt://broker.local:1884");
        assertThat(form.apply()).isTrue();
    }

    @Test
    void classroomModeIsRefusedWithoutALogin() {
        form.classroomProperty().set(true);
        assertThat(form.problemProperty().get()).contains("user name and password");
        assertThat(form.apply()).isFalse();
        assertThat(app.restarts).isEmpty();
        form.classroomUserProperty().set("class7");
        form.classroomPasswordProperty().set("secret-lamp");
        assertThat(form.apply()).isTrue();
        assertThat(app.restarts).singleElement().satisfies(b -> {
            assertThat(b.bindAddress()).isEqualTo("0.0.0.0");
            assertThat(b.username()).isEqualTo("class7");
        });
    }

    @Test
    void applyConnectsOnlyTheChosenPaneWithItsLoginAndSavesBoth() {
        form.targetProperty().set(Target.SERVER);
        form.presetProperty().set(Preset.CUSTOM);
        form.hostProperty().set("127.0.0.1");
        form.portProperty().set("18830");
        form.versionProperty().set(MqttVersion.V3_1_1);
        form.usernameProperty().set("lamp");
        form.passwordProperty().set("pw-never-shown");
        form.trustAnyProperty().set(false);
        assertThat(form.apply()).isTrue();
        assertThat(app.switched).hasSize(1);
        ConnectionProfile device = app.switched.get(0)[0];
        ConnectionProfile server = app.switched.get(0)[1];
        assertThat(device.embedded()).isTrue();
        assertThat(server.url()).isEqualTo("mqtt://127.0.0.1:18830");
        assertThat(server.username()).isEqualTo("lamp");
        assertThat(server.version()).isEqualTo(MqttVersion.V3_1_1);
        assertThat(server.toString()).doesNotContain("pw-never-shown");
        assertThat(saved).hasSize(1);
        assertThat(messages.currentProperty().get().text()).contains("Server only").doesNotContain("pw-never-shown");
    }

    /** A stand-in app that records what is asked of it. */
    static final class FakeConnections implements Connections {
        final Map<Pane, ConnectionProfile> profiles = new EnumMap<>(Map.of(Pane.DEVICE, ConnectionProfile.embeddedBroker(),
                Pane.SERVER, ConnectionProfile.embeddedBroker()));
        final List<ConnectionProfile[]> switched = new ArrayList<>();
        final List<BrokerSettings> restarts = new ArrayList<>();
        BrokerSettings broker = BrokerSettings.defaults(Path.of("build-tmp"));

        @Override
        public ConnectionProfile profile(Pane pane) {
            return profiles.get(pane);
        }

        @Override
        public SessionOptions sessionOptions(Pane pane) {
            return SessionOptions.LESSON;
        }

        @Override
        public String clientId(Pane pane) {
            return pane == Pane.DEVICE ? "dev-client" : "srv-client";
        }

        @Override
        public CompletableFuture<?> switchProfiles(ConnectionProfile device, ConnectionProfile server) {
            switched.add(new ConnectionProfile[] {device, server});
            profiles.put(Pane.DEVICE, device);
            profiles.put(Pane.SERVER, server);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<?> setSessionOptions(Pane pane, SessionOptions options) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public BrokerSettings embeddedSettings() {
            return broker;
        }

        @Override
        public CompletableFuture<BrokerInfo> restartEmbedded(BrokerSettings settings) {
            restarts.add(settings);
            broker = settings;
            return new CompletableFuture<>();
        }
    }
}
