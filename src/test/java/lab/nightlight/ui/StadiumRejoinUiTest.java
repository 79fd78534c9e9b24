package lab.nightlight.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.concurrent.TimeUnit;
import lab.nightlight.broker.BrokerInfo;
import lab.nightlight.broker.BrokerSettings;
import lab.nightlight.support.TestBroker;
import lab.nightlight.ui.stadium.SensorViewModel;
import lab.nightlight.ui.stadium.StadiumViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The stadium's sensors are clients of the device pane's broker. When classroom mode restarts
 * the embedded broker elsewhere, the old broker is gone for good: the sensors must follow, with
 * their names and light levels, or they retry a dead port for ever.
 */
class StadiumRejoinUiTest {

    @Test
    void theSensorsFollowTheEmbeddedBrokerWhenItRestartsOnAnotherPort() throws Exception {
        try (RunningWindow window = RunningWindow.open(WindowOptions.DEFAULTS).awaitConnected()) {
            StadiumUiTest.openStadiumTab(window);
            StadiumViewModel stadium = window.shell.window().stadium().model();
            onFx(() -> stadium.addSensors(3));
            await().atMost(RunningWindow.PATIENCE).until(() -> stadium.connectedCountProperty().get() == 3);
            onFx(() -> stadium.sensors().get(1).levelProperty().set(42));
            List<String> names = stadium.sensors().stream().map(SensorViewModel::name).toList();
            int oldPort = window.app().brokerAddress().port();

            BrokerSettings elsewhere = window.app().embeddedSettings().withPort(TestBroker.freePort());
            BrokerInfo info = window.app().restartEmbedded(elsewhere).get(90, TimeUnit.SECONDS);
            assertThat(info.port()).isNotEqualTo(oldPort);

            // The lesson's two clients and the stadium's three sensors and its server, all on the new broker.
            await().atMost(RunningWindow.PATIENCE).until(() -> stadium.connectedCountProperty().get() == 3
                    && window.app().brokerStats().connectedClients() == 6);
            assertThat(stadium.sensors()).extracting(SensorViewModel::name).containsExactlyElementsOf(names);
            assertThat(stadium.sensors().get(1).levelProperty().get()).isEqualTo(42);
            onFx(stadium::nightfall);
            await().atMost(RunningWindow.PATIENCE).until(() -> Boolean.TRUE.equals(stadium.lightsOnProperty().get()));
        }
    }

    private static void onFx(Runnable r) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(r));
    }
}
