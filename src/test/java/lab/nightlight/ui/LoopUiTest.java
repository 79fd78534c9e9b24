package lab.nightlight.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import lab.nightlight.ui.led.LedIndicator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The lesson, through the real window: the robot drags the real slider, the telemetry goes
 * through the real embedded broker to the server, and the LED answers only when the command
 * comes back. One window (and broker) for the class; the steps build on each other.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoopUiTest {

    private static RunningWindow window;

    @BeforeAll
    static void open() throws Exception {
        window = RunningWindow.open(WindowOptions.DEFAULTS).awaitConnected();
    }

    @AfterAll
    static void close() throws Exception {
        window.close();
    }

    @Test
    @Order(1)
    void darkTurnsTheLedOnThroughTheBrokerAndBrightTurnsItOff() {
        LedIndicator led = window.led();
        window.dragSlider("#lightSlider", 100);
        await().atMost(RunningWindow.PATIENCE).until(led::isOn);
        assertThat(window.text("#ledText")).isEqualTo("LED on");
        assertThat(led.getAccessibleText()).isEqualTo("LED on");
        assertThat(window.app().pair().server().counters().accepted()).isPositive();

        window.dragSlider("#lightSlider", 900);
        await().atMost(RunningWindow.PATIENCE).until(() -> !led.isOn());
        assertThat(window.text("#ledText")).isEqualTo("LED off");
    }

    @Test
    @Order(2)
    void aNewThresholdAppliesToTheNextTelemetry() {
        LedIndicator led = window.led();
        window.dragSlider("#lightSlider", 600);
        await().atMost(RunningWindow.PATIENCE).until(() -> !led.isOn());

        window.robot.doubleClickOn("#thresholdField").eraseText(4).write("800").type(KeyCode.ENTER);
        await().atMost(RunningWindow.PATIENCE)
                .until(() -> window.app().pair().server().threshold() == 800);
        assertThat(window.find("#thresholdSlider", javafx.scene.control.Slider.class).getValue()).isEqualTo(800);

        window.robot.clickOn("#sendNowButton");
        await().atMost(RunningWindow.PATIENCE).until(led::isOn);
    }

    @Test
    @Order(3)
    void withTheServerDisconnectedTheLedStaysAsItIs() {
        LedIndicator led = window.led();
        assertThat(led.isOn()).isTrue();
        window.robot.clickOn("#serverConnectButton");
        await().atMost(RunningWindow.PATIENCE).until(() -> !window.shell.window().server().onlineProperty().get());

        long sent = window.app().pair().device().telemetrySent();
        window.dragSlider("#lightSlider", 1000);
        // The device keeps sending...
        await().atMost(RunningWindow.PATIENCE).until(() -> window.app().pair().device().telemetrySent() > sent);
        // ...but nothing answers, so the LED stays on.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(led::isOn);
        assertThat(window.text("#ledText")).isEqualTo("LED on");

        // Reconnect the server: the next telemetry is decided again.
        window.robot.clickOn("#serverConnectButton");
        await().atMost(RunningWindow.PATIENCE).until(() -> window.shell.window().server().connectedProperty().get());
        window.robot.clickOn("#sendNowButton");
        await().atMost(RunningWindow.PATIENCE).until(() -> !led.isOn());
    }

    @Test
    @Order(4)
    void theSliderWorksFromTheKeyboard() {
        LedIndicator led = window.led();
        window.robot.clickOn("#lightSlider").type(KeyCode.HOME);
        await().atMost(RunningWindow.PATIENCE).until(led::isOn);
        assertThat(window.text("#lightValue")).isEqualTo("0");
        window.robot.type(KeyCode.END);
        await().atMost(RunningWindow.PATIENCE).until(() -> !led.isOn());
        assertThat(window.find("#lightValue", Label.class).getText()).isEqualTo("1023");
    }
}
