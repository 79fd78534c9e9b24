package lab.nightlight.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import lab.nightlight.BrokerStatus;
import lab.nightlight.broker.BrokerInfo;
import lab.nightlight.broker.BrokerProblem;
import lab.nightlight.broker.BrokerStats;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.ui.Texts;
import lab.nightlight.ui.messages.MessagesViewModel;
import lab.nightlight.ui.messages.Note;
import org.junit.jupiter.api.Test;

class ConnectionBarViewModelTest {

    private final MessagesViewModel messages = new MessagesViewModel(Clock.systemUTC());
    private final Texts texts = Texts.load(Locale.ENGLISH);

    @Test
    void followsTheEmbeddedBrokerFromStartingToRunningAndCountsMessages() {
        ConnectionBarViewModel bar = new ConnectionBarViewModel(texts, messages, new BrokerStatus.Starting());
        assertThat(bar.stateProperty().get()).isEqualTo(ConnectionBarViewModel.BrokerState.STARTING);
        assertThat(bar.stateTextProperty().get()).isEqualTo("Starting…");
        bar.poll(new BrokerStats(5, 5, 5), Instant.EPOCH);
        assertThat(bar.clientsTextProperty().get()).isEqualTo("—");

        bar.brokerStatus(new BrokerStatus.Embedded(new BrokerInfo("127.0.0.1", 1883, false)));
        assertThat(bar.urlProperty().get()).isEqualTo("mqtt://127.0.0.1:1883");
        assertThat(bar.stateTextProperty().get()).isEqualTo("Running");
        bar.poll(new BrokerStats(2, 100, 100), Instant.EPOCH);
        bar.poll(new BrokerStats(2, 130, 130), Instant.EPOCH.plusSeconds(1));
        assertThat(bar.clientsTextProperty().get()).isEqualTo("2");
        assertThat(bar.rateTextProperty().get()).isEqualTo("30");
    }

    @Test
    void aPortFallbackIsSaidOutLoudAndAFailureIsAnError() {
        ConnectionBarViewModel bar = new ConnectionBarViewModel(texts, messages, new BrokerStatus.Starting());
        bar.brokerStatus(new BrokerStatus.Embedded(new BrokerInfo("127.0.0.1", 40000, true)));
        assertThat(messages.currentProperty().get().text()).contains("1883").contains("mqtt://127.0.0.1:40000");

        bar.brokerStatus(new BrokerStatus.Failed(BrokerProblem.of(BrokerProblem.Kind.PORT_IN_USE, 1883, "127.0.0.1")));
        Note note = messages.currentProperty().get();
        assertThat(note.level()).isEqualTo(Note.Level.ERROR);
        assertThat(note.text()).startsWith("The embedded broker did not start. Port 1883 on 127.0.0.1 is already in use"
                + " by another program");
        assertThat(bar.stateTextProperty().get()).isEqualTo("Did not start");
    }

    @Test
    void anExternalBrokerHasNoCountersToShow() {
        ConnectionBarViewModel bar = new ConnectionBarViewModel(texts, messages,
                new BrokerStatus.External(BrokerAddress.parse("mqtt://test.mosquitto.org:1883")));
        bar.poll(BrokerStats.NONE, Instant.EPOCH);
        assertThat(bar.brokerNameProperty().get()).isEqualTo("External");
        assertThat(bar.clientsTextProperty().get()).isEqualTo("—");
        assertThat(bar.rateTextProperty().get()).isEqualTo("—");
    }

    @Test
    void movingToAnExternalBrokerLeavesNoneOfTheEmbeddedOnesFiguresOnShow() {
        ConnectionBarViewModel bar = new ConnectionBarViewModel(texts, messages,
                new BrokerStatus.Embedded(new BrokerInfo("127.0.0.1", 1883, false)));
        bar.poll(new BrokerStats(2, 100, 100), Instant.EPOCH);
        assertThat(bar.clientsTextProperty().get()).isEqualTo("2");
        assertThat(bar.countersShownProperty().get()).isTrue();

        bar.brokerStatus(new BrokerStatus.External(BrokerAddress.parse("mqtt://192.168.1.20:1883")));
        assertThat(bar.clientsTextProperty().get()).isEqualTo("—");
        assertThat(bar.rateTextProperty().get()).isEqualTo("—");
        assertThat(bar.countersShownProperty().get()).isFalse();
    }

    @Test
    void backOnTheEmbeddedBrokerTheBarCountsAgain() {
        ConnectionBarViewModel bar = new ConnectionBarViewModel(texts, messages,
                new BrokerStatus.External(BrokerAddress.parse("mqtt://192.168.1.20:1883")));
        bar.brokerStatus(new BrokerStatus.Starting());
        assertThat(bar.countersShownProperty().get()).isTrue();
        bar.brokerStatus(new BrokerStatus.Embedded(new BrokerInfo("127.0.0.1", 1883, false)));
        bar.poll(new BrokerStats(2, 10, 10), Instant.EPOCH);
        bar.poll(new BrokerStats(2, 30, 30), Instant.EPOCH.plusSeconds(1));
        assertThat(bar.clientsTextProperty().get()).isEqualTo("2");
        assertThat(bar.rateTextProperty().get()).isEqualTo("20");
    }

    @Test
    void aRestartingBrokerShowsNoFiguresUntilItRunsAgain() {
        ConnectionBarViewModel bar = new ConnectionBarViewModel(texts, messages,
                new BrokerStatus.Embedded(new BrokerInfo("127.0.0.1", 1883, false)));
        bar.poll(new BrokerStats(2, 100, 100), Instant.EPOCH);
        bar.brokerStatus(new BrokerStatus.Starting());
        assertThat(bar.clientsTextProperty().get()).isEqualTo("—");
        bar.brokerStatus(new BrokerStatus.Embedded(new BrokerInfo("127.0.0.1", 1883, false)));
        // the new broker's counter starts again from nothing: the first reading is no rate yet
        bar.poll(new BrokerStats(2, 150, 150), Instant.EPOCH.plusSeconds(1));
        assertThat(bar.rateTextProperty().get()).isEqualTo("0");
        assertThat(bar.clientsTextProperty().get()).isEqualTo("2");
    }

    @Test
    void aRateBelowTenHasItsTenthsSoTheLessonsPaceIsNotZero() {
        ConnectionBarViewModel bar = new ConnectionBarViewModel(texts, messages,
                new BrokerStatus.Embedded(new BrokerInfo("127.0.0.1", 1883, false)));
        bar.poll(new BrokerStats(2, 10, 10), Instant.EPOCH);
        bar.poll(new BrokerStats(2, 12, 12), Instant.EPOCH.plusSeconds(5));
        assertThat(bar.rateTextProperty().get()).isEqualTo("0.4");
    }
}
