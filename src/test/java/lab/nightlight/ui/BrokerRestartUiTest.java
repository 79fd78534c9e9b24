package lab.nightlight.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import lab.nightlight.broker.BrokerSettings;
import lab.nightlight.broker.EmbeddedBroker;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.support.TestBroker;
import lab.nightlight.system.AppFolders;
import lab.nightlight.ui.led.LedIndicator;
import lab.nightlight.ui.messages.Note;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * With an external broker (--broker URL) that goes away and comes back: the panes say they are
 * retrying, the message area explains, and once the broker is back the loop works again.
 */
class BrokerRestartUiTest {

    @Test
    void thePanesRetryWhileTheBrokerIsAwayAndTheLoopWorksWhenItIsBack() throws Exception {
        Path root = Files.createTempDirectory("nightlight-restart");
        int port = TestBroker.freePort();
        EmbeddedBroker first = new EmbeddedBroker(BrokerSettings.defaults(root).withPort(port));
        BrokerAddress address = BrokerAddress.parse(first.start().get(60, TimeUnit.SECONDS).url());
        EmbeddedBroker second = new EmbeddedBroker(BrokerSettings.defaults(root).withPort(port));
        try (RunningWindow window = RunningWindow.openExternal(WindowOptions.DEFAULTS, address).awaitConnected()) {
            assertThat(window.text("#brokerName")).isEqualTo("External");
            assertThat(window.tooltip("#brokerUrl")).isEqualTo(address.url());
            // whole, or without its scheme when the bar is short of room
            assertThat(address.url()).endsWith(window.text("#brokerUrl"));
            // this app cannot count another broker's clients: no figures, and their room goes to the address
            assertThat(WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
                    () -> window.find("#brokerCounters", javafx.scene.layout.HBox.class).isManaged()))).isFalse();
            LedIndicator led = window.led();
            window.dragSlider("#lightSlider", 80);
            await().atMost(RunningWindow.PATIENCE).until(led::isOn);

            first.stop().get(60, TimeUnit.SECONDS);
            await().atMost(RunningWindow.PATIENCE).until(() -> window.text("#serverState").startsWith("Retrying in"));
            Note note = window.shell.window().messages().currentProperty().get();
            assertThat(note.level()).isIn(Note.Level.WARNING, Note.Level.ERROR);
            assertThat(note.text()).contains(address.url());

            second.start().get(60, TimeUnit.SECONDS);
            window.awaitConnected();
            // Decided again after the reconnect: the server receives and the LED answers.
            window.dragSlider("#lightSlider", 900);
            await().atMost(RunningWindow.PATIENCE.plus(Duration.ofSeconds(30))).until(() -> !led.isOn());
        } finally {
            second.stop();
            AppFolders.deleteTree(root);
        }
    }
}
