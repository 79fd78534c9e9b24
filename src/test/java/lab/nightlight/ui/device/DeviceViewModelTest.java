package lab.nightlight.ui.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import lab.nightlight.device.VirtualDevice;
import lab.nightlight.lesson.Topics;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.ConnectionState;
import lab.nightlight.mqtt.ConnectOptions;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.Qos;
import lab.nightlight.ui.Texts;
import lab.nightlight.ui.messages.MessagesViewModel;
import lab.nightlight.ui.messages.Note;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The device pane's model over a real VirtualDevice that never connects: no toolkit, no broker. */
class DeviceViewModelTest {

    private final List<String> idChanges = new ArrayList<>();
    private final MessagesViewModel messages = new MessagesViewModel(Clock.systemUTC());
    private final List<VirtualDevice> devices = new ArrayList<>();

    private DeviceViewModel model(Locale locale) {
        return new DeviceViewModel(Texts.load(locale), messages, id -> {
            idChanges.add(id);
            return CompletableFuture.completedFuture(null);
        }, Runnable::run, Clock.systemUTC());
    }

    private VirtualDevice device(String id) {
        Topics topics = new Topics(id);
        MqttConnection connection = MqttConnection.create(new BrokerAddress("127.0.0.1", 1),
                ConnectOptions.defaults(topics.deviceClientId()), Runnable::run);
        VirtualDevice device = new VirtualDevice(connection, topics, Runnable::run);
        devices.add(device);
        return device;
    }

    @AfterEach
    void closeDevices() {
        devices.forEach(VirtualDevice::close);
    }

    @Test
    void settingsChosenBeforeAndAfterAttachReachTheDevice() {
        DeviceViewModel model = model(Locale.ENGLISH);
        model.telemetryQosProperty().set(Qos.EXACTLY_ONCE);
        model.intervalSecondsProperty().set(0);
        model.lightProperty().set(222);
        VirtualDevice device = device("nl-a");
        model.attach(device);
        assertThat(device.telemetryQos()).isEqualTo(Qos.EXACTLY_ONCE);
        assertThat(device.interval()).isEqualTo(Duration.ZERO);
        assertThat(device.light()).isEqualTo(222);

        model.sendOnChangeProperty().set(false);
        model.lightProperty().set(10);
        assertThat(device.sendOnChange()).isFalse();
        assertThat(device.light()).isEqualTo(10);
        assertThat(model.currentIdProperty().get()).isEqualTo("nl-a");
        assertThat(model.topicsTextProperty().get()).contains("nl-a/telemetry").contains("nl-a/commands");
    }

    @Test
    void aNewDeviceGetsTheSameSettingsAndTheOldOneIsLeftAlone() {
        DeviceViewModel model = model(Locale.ENGLISH);
        VirtualDevice first = device("nl-a");
        model.attach(first);
        VirtualDevice second = device("nl-b");
        model.attach(second);
        model.lightProperty().set(77);
        assertThat(second.light()).isEqualTo(77);
        assertThat(first.light()).isNotEqualTo(77);
    }

    @Test
    void theLedStartsOffAndSaysSoInWords() {
        DeviceViewModel model = model(Locale.KOREAN);
        model.attach(device("nl-a"));
        assertThat(model.ledOnProperty().get()).isFalse();
        assertThat(model.ledTextProperty().get()).isEqualTo("LED 꺼짐");
    }

    @Test
    void anUnusableIdIsExplainedInTheStudentsLanguageAndNotApplied() {
        DeviceViewModel model = model(Locale.KOREAN);
        model.attach(device("nl-a"));
        model.idTextProperty().set("my device");
        assertThat(model.idProblemProperty().get()).isEqualTo("장치 ID에는 공백을 쓸 수 없습니다.");
        model.applyId();
        assertThat(idChanges).isEmpty();
        assertThat(messages.currentProperty().get().level()).isEqualTo(Note.Level.WARNING);
    }

    @Test
    void aGoodIdIsHandedToTheAppOnce() {
        DeviceViewModel model = model(Locale.ENGLISH);
        model.attach(device("nl-a"));
        model.idTextProperty().set("nl-a");
        model.applyId();
        assertThat(idChanges).isEmpty();
        model.idTextProperty().set("  nl-b ");
        model.applyId();
        assertThat(idChanges).containsExactly("nl-b");
        assertThat(messages.currentProperty().get().text()).contains("nl-b");
    }

    @Test
    void connectFromOfflineTriesToConnect() {
        DeviceViewModel model = model(Locale.ENGLISH);
        VirtualDevice device = device("nl-a");
        model.attach(device);
        assertThat(model.onlineProperty().get()).isFalse();
        List<ConnectionState> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        model.stateProperty().addListener((obs, old, state) -> seen.add(state));
        model.toggleConnection();
        // Nothing listens on port 1: it tries, is refused, and says why.
        org.awaitility.Awaitility.await().until(() -> seen.stream().anyMatch(ConnectionState.Disconnected.class::isInstance));
        assertThat(seen.get(0)).isInstanceOf(ConnectionState.Connecting.class);
        assertThat(model.stateTextProperty().get()).isEqualTo("Connection lost");
        assertThat(messages.currentProperty().get().text()).startsWith("Device: Nothing is listening at mqtt://127.0.0.1:1");
    }
}
