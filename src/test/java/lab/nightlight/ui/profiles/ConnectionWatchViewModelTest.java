package lab.nightlight.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lab.nightlight.BrokerStatus;
import lab.nightlight.Pane;
import lab.nightlight.broker.BrokerInfo;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.ConnectionState;
import lab.nightlight.mqtt.MqttProblem;
import lab.nightlight.ui.Texts;
import org.junit.jupiter.api.Test;

/** The connection bar's countdown, way forward and classroom addresses, without a toolkit. */
class ConnectionWatchViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-28T20:00:00Z");
    private static final BrokerAddress BROKER = BrokerAddress.parse("mqtt://127.0.0.1:1883");
    private final List<String> ids = new ArrayList<>();
    private int dialogs;
    private final ConnectionWatchViewModel watch = new ConnectionWatchViewModel(Texts.load(Locale.ENGLISH),
            Clock.fixed(NOW, ZoneOffset.UTC), () -> dialogs++, ids::add);

    @Test
    void countsDownWhileAPaneReconnects() {
        watch.state(Pane.DEVICE, new ConnectionState.Reconnecting(BROKER, 2, Duration.ofSeconds(3), NOW.plusSeconds(3),
                new MqttProblem(MqttProblem.Kind.REFUSED, BROKER.url(), "refused")));
        assertThat(watch.countdownProperty().get()).isEqualTo("Device: reconnecting in 3 s (attempt 2)");
        watch.tick(NOW.plusSeconds(2));
        assertThat(watch.countdownProperty().get()).isEqualTo("Device: reconnecting in 1 s (attempt 2)");
        assertThat(watch.fixProperty().get()).isEqualTo(ConnectionWatchViewModel.Fix.NONE);
        watch.state(Pane.DEVICE, new ConnectionState.Connected(BROKER, false));
        assertThat(watch.countdownProperty().get()).isEmpty();
    }

    @Test
    void aWrongLoginOffersTheDialogAndATakenIdOffersAUniqueOne() {
        watch.state(Pane.SERVER, new ConnectionState.Reconnecting(BROKER, 1, Duration.ofSeconds(1), NOW.plusSeconds(1),
                new MqttProblem(MqttProblem.Kind.BAD_CREDENTIALS, BROKER.url(), "bad")));
        assertThat(watch.fixTextProperty().get()).isEqualTo("Change connection…");
        watch.runFix();
        assertThat(dialogs).isEqualTo(1);

        watch.state(Pane.SERVER, new ConnectionState.Disconnected(
                new MqttProblem(MqttProblem.Kind.SESSION_TAKEN_OVER, BROKER.url(), "taken")));
        assertThat(watch.fixTextProperty().get()).isEqualTo("Use a unique id");
        watch.runFix();
        assertThat(ids).singleElement().asString().isNotBlank();
    }

    @Test
    void classroomModeShowsWhereStudentsConnectOrSaysThereIsNoAddress() {
        watch.brokerStatus(new BrokerStatus.Embedded(new BrokerInfo("0.0.0.0", 1883, false)));
        assertThat(watch.classroomProperty().get()).satisfiesAnyOf(
                t -> assertThat(t).startsWith("Students: mqtt://").contains(":1883"),
                t -> assertThat(t).contains("no network address"));
        watch.brokerStatus(new BrokerStatus.Embedded(new BrokerInfo("127.0.0.1", 1883, false)));
        assertThat(watch.classroomProperty().get()).isEmpty();
    }
}
