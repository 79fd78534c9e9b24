package lab.nightlight.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import lab.nightlight.App;
import lab.nightlight.ui.led.LedIndicator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The classroom features through the real window and a real embedded broker: the keyboard
 * reaches the controls, the guide ticks from real traffic, the code follows the settings, the
 * language switches in the running app and presenter mode shows the essentials.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClassroomUiTest {

    private static RunningWindow window;

    @BeforeAll
    static void open() throws Exception {
        window = RunningWindow.open(new WindowOptions(null, null, null, java.util.Locale.ENGLISH, false, null))
                .awaitConnected();
    }

    @AfterAll
    static void close() throws Exception {
        App.Pair pair = window.app().pair();
        window.close();
        // Leave no client disconnecting behind for the next test class's thread count.
        await().atMost(RunningWindow.PATIENCE).until(() ->
                pair.device().connection().state() instanceof lab.nightlight.mqtt.ConnectionState.Disconnected
                && pair.server().connection().state() instanceof lab.nightlight.mqtt.ConnectionState.Disconnected);
    }

    @Test
    @Order(1)
    void theKeyboardReachesTheSlidersAndTheConnectButtons() {
        window.robot.clickOn("#deviceIdField");
        Set<String> reached = new LinkedHashSet<>();
        List<String> wanted = List.of("lightSlider", "thresholdSlider", "deviceConnectButton", "serverConnectButton");
        for (int i = 0; i < 120 && !reached.containsAll(wanted); i++) {
            window.robot.type(KeyCode.TAB);
            Node focused = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
                    () -> window.stage.getScene().getFocusOwner()));
            if (focused != null && focused.getId() != null) {
                reached.add(focused.getId());
            }
        }
        assertThat(reached).containsAll(wanted);
    }

    @Test
    @Order(2)
    void theLedAndTheSliderSpeakTheirStateNotOnlyTheirColour() {
        LedIndicator led = window.led();
        window.dragSlider("#lightSlider", 100);
        await().atMost(RunningWindow.PATIENCE).until(led::isOn);
        assertThat(led.getAccessibleText()).isEqualTo("LED on");
        Slider slider = window.find("#lightSlider", Slider.class);
        assertThat(slider.getAccessibleText()).startsWith("Light level ")
                .endsWith(String.valueOf(window.shell.window().device().lightProperty().get()));

        window.dragSlider("#lightSlider", 900);
        await().atMost(RunningWindow.PATIENCE).until(() -> !led.isOn());
        assertThat(led.getAccessibleText()).isEqualTo("LED off");
        assertThat(window.text("#ledText")).isEqualTo("LED off");
    }

    @Test
    @Order(3)
    void theGuideTicksWhenTheSliderMoves() throws Exception {
        window.robot.clickOn("#sidePanelToggle");
        // Start over; the telemetry the slider sends ticks the steps again.
        window.robot.clickOn("#guideReset");

        window.dragSlider("#lightSlider", 150);
        await().atMost(RunningWindow.PATIENCE).until(() -> window.text("#guide-send-telemetry").startsWith("Done:")
                && window.text("#guide-receive-telemetry").startsWith("Done:")
                && window.text("#guide-send-command").startsWith("Done:")
                && window.text("#guide-handle-command").startsWith("Done:"));
        assertThat(window.text("#guideProgress")).isEqualTo("4 of 5 steps done");
        screenshot("guide-en");
    }

    @Test
    @Order(4)
    void theCodeShowsTheCurrentIdAndThreshold() {
        window.robot.clickOn("Show me the code");
        window.robot.doubleClickOn("#thresholdField").eraseText(4).write("777").type(KeyCode.ENTER);
        await().atMost(RunningWindow.PATIENCE).until(() -> window.app().pair().server().threshold() == 777);
        TextArea code = window.find("#codeText", TextArea.class);
        await().atMost(RunningWindow.PATIENCE).until(() -> code.getText().contains("threshold = 777"));
        assertThat(code.getText()).contains(window.deviceId()).contains("CallbackAPIVersion");

        window.robot.clickOn("#arduinoDeviceButton");
        await().atMost(RunningWindow.PATIENCE).until(() -> code.getText().contains("PubSubClient"));
        assertThat(code.getText()).contains(window.deviceId());
        assertThat(window.text("#codeSettings")).contains(window.deviceId()).contains("777");
    }

    @Test
    @Order(5)
    void theLanguageSwitchesInTheRunningAppAndBack() {
        App app = window.app();
        MainWindow before = window.shell.window();
        chooseLanguage("한국어");
        await().atMost(RunningWindow.PATIENCE).until(() -> window.shell.window() != before);
        await().atMost(RunningWindow.PATIENCE).until(() -> window.shell.window().device().connectedProperty().get());
        assertThat(window.app()).isSameAs(app);
        assertThat(window.stage.getTitle()).isEqualTo(Texts.load(java.util.Locale.KOREAN).get("app.title"));
        assertThat(window.text("#ledText")).isIn("LED 켜짐", "LED 꺼짐");
        assertThat(window.text("#guide-send-telemetry")).startsWith("완료:");
        assertThat(window.find("#thresholdSlider", Slider.class).getValue()).isEqualTo(777);

        // The loop still runs after the switch: dark turns the LED on, now in Korean.
        window.dragSlider("#lightSlider", 50);
        await().atMost(RunningWindow.PATIENCE).until(() -> "LED 켜짐".equals(window.text("#ledText")));

        chooseLanguage("English");
        await().atMost(RunningWindow.PATIENCE).until(() -> "LED on".equals(window.text("#ledText")));
        assertThat(window.text("#guide-send-telemetry")).startsWith("Done:");
    }

    @Test
    @Order(6)
    void presenterModeShowsTheEssentialsLargeAndZoomWorks() {
        chooseLanguage("한국어");
        await().atMost(RunningWindow.PATIENCE).until(() -> "LED 켜짐".equals(window.text("#ledText")));
        window.robot.clickOn("#presenterToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.find("#presenterView", Node.class).isVisible()).isTrue();
        assertThat(window.find("#views", Node.class).isVisible()).isFalse();
        LedIndicator big = window.find("#presenterLed", LedIndicator.class);
        assertThat(big.isOn()).isTrue();
        assertThat(big.getAccessibleText()).isEqualTo("LED 켜짐");
        assertThat(window.text("#presenterThresholdValue")).isEqualTo("777");
        await().atMost(RunningWindow.PATIENCE).until(() -> window.text("#presenterDecision").contains("777"));
        screenshot("presenter-ko");

        window.robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertThat(window.shell.classroom().zoomProperty().get()).isEqualTo(1.2);
        assertThat(window.stage.getScene().getRoot().getStyle()).contains("16.8px");
        window.robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        assertThat(window.shell.classroom().zoomProperty().get()).isEqualTo(1.0);

        window.robot.clickOn("#presenterToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.find("#views", Node.class).isVisible()).isTrue();
    }

    /**
     * Picks a language in the bar. Each rebuilt window leaves the old combo's popup window behind
     * (hidden), so only a cell in a showing popup is clicked.
     */
    private static void chooseLanguage(String name) {
        window.robot.clickOn("#languageChoice");
        Node cell = window.robot.lookup(".combo-box-popup .list-cell").match(
                (javafx.scene.control.ListCell<?> c) -> name.equals(c.getText()) && c.getScene() != null
                        && c.getScene().getWindow() != null && c.getScene().getWindow().isShowing()).query();
        window.robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Keeps a picture for the README under target/ui-snapshots (copied to assets/screenshots by hand). */
    private static void screenshot(String name) {
        window.snapshot(name);
    }
}
