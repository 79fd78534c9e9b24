package lab.nightlight.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import atlantafx.base.theme.PrimerDark;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import lab.nightlight.App;
import lab.nightlight.BrokerStatus;
import lab.nightlight.mqtt.ConnectionState;
import lab.nightlight.ui.led.LedIndicator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's own behaviour: it opens before the broker is up, shows the broker, changes the
 * device id for both panes, explains a bad id, lets the LED's colour be picked, switches theme,
 * and ends everything when closed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WindowUiTest {

    private static Set<Thread> threadsBefore;
    private static BrokerStatus statusWhenShown;
    private static boolean panesConnectedWhenShown;
    private static RunningWindow window;

    @BeforeAll
    static void open() throws Exception {
        threadsBefore = liveNonDaemonThreads();
        // Read as the window has just been shown, not when open() returns: by then a warm broker
        // (this JVM has started several) and both connections may be up on a busy machine.
        window = RunningWindow.open(WindowOptions.DEFAULTS, shell -> {
            statusWhenShown = shell.app().brokerStatus();
            App.Pair pair = shell.app().pair();
            panesConnectedWhenShown = pair != null && pair.device().connection().state().isConnected()
                    && pair.server().connection().state().isConnected();
        });
    }

    @AfterAll
    static void close() throws Exception {
        window.close();
    }

    private static Set<Thread> liveNonDaemonThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !t.isDaemon())
                // Awaitility's poller is the test's own
                .filter(t -> !t.getName().startsWith("awaitility"))
                .collect(Collectors.toSet());
    }

    @Test
    @Order(1)
    void theWindowIsThereBeforeTheBrokerAndThePanesConnectWhenItIsUp() {
        // Shown at once, not after the broker and both connections: on a fast machine the broker
        // (1-2 s) may already be up when the window appears, but the panes cannot both be connected yet.
        assertThat(statusWhenShown).isInstanceOfAny(BrokerStatus.Starting.class, BrokerStatus.Embedded.class);
        assertThat(panesConnectedWhenShown).isFalse();
        assertThat(window.stage.isShowing()).isTrue();
        window.awaitConnected();
        await().atMost(RunningWindow.PATIENCE).until(() -> "Running".equals(window.text("#brokerState")));
        assertThat(window.text("#brokerName")).isEqualTo("Embedded");
        String url = window.app().brokerAddress().url();
        assertThat(window.tooltip("#brokerUrl")).isEqualTo(url);
        // The bar polls the broker once a second: two clients, the device and the server.
        await().atMost(RunningWindow.PATIENCE).until(() -> "2".equals(window.text("#brokerClients")));
        assertThat(WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
                () -> window.find("#brokerCounters", javafx.scene.layout.HBox.class).isVisible()))).isTrue();
        // In a 1280 px window the English bar cannot show the whole address: the scheme gives
        // way whole (not "...://"), never the host and port a student types into the lesson's script.
        String shown = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() ->
                ((Text) window.find("#brokerUrl", Label.class).lookup(".text")).getText()));
        assertThat(shown).isEqualTo(url.substring(url.indexOf("://") + 3)).endsWith(":" + window.app().brokerAddress().port());
        assertThat(window.text("#deviceState")).isEqualTo("Connected");
        assertThat(window.text("#serverState")).isEqualTo("Connected");
    }

    /** The nightlight icon in every size the desktops ask for, given to the window after it has shown. */
    @Test
    @Order(1)
    void theWindowCarriesTheAppsIconInEverySize() {
        await().atMost(RunningWindow.PATIENCE).until(() -> WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
                () -> window.stage.getIcons().size() == Shell.ICON_SIZES.length)));
        java.util.List<Double> widths = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
                () -> window.stage.getIcons().stream().map(javafx.scene.image.Image::getWidth).toList()));
        assertThat(widths).containsExactlyElementsOf(
                java.util.Arrays.stream(Shell.ICON_SIZES).mapToObj(size -> (double) size).toList());
    }

    @Test
    @Order(2)
    void thePacketsViewAndTheClassroomPanelsLoadOnlyWhenFirstWanted() {
        // Not built before the first frame: that is what keeps the start short.
        assertThat(window.robot.lookup("#vantageLabel").tryQuery()).isEmpty();
        assertThat(window.robot.lookup("#sidePanel").tryQuery()).isEmpty();
        assertThat(window.robot.lookup("#presenterView").tryQuery()).isEmpty();

        window.robot.clickOn("#packetsTab");
        WaitForAsyncUtils.waitForFxEvents();
        // The packets seen before the tab was opened were kept: the connections' CONNECTs are drawn.
        await().atMost(RunningWindow.PATIENCE).until(() -> window.robot.lookup("#vantageLabel").tryQuery().isPresent()
                && window.shell.window().packets().arrows().stream().anyMatch(a -> a.packet().type() == lab.nightlight.trace.PacketType.CONNECT));
        window.robot.clickOn("#lessonTab");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @Order(3)
    void anUnusableIdIsExplainedAndCannotBeApplied() {
        window.robot.doubleClickOn("#deviceIdField").eraseText(40).write("my/device");
        Label problem = window.find("#idProblem", Label.class);
        await().atMost(RunningWindow.PATIENCE).until(problem::isVisible);
        assertThat(problem.getText()).contains("“/”");
        assertThat(window.find("#applyIdButton", Button.class).isDisabled()).isTrue();
    }

    @Test
    @Order(4)
    void aNewIdMovesBothPanesToItsTopicsAndTheLoopStillWorks() {
        App.Pair old = window.app().pair();
        String id = "nl-test-" + Long.toHexString(System.nanoTime());
        window.robot.doubleClickOn("#deviceIdField").eraseText(40).write(id);
        window.robot.clickOn("#applyIdButton");
        await().atMost(RunningWindow.PATIENCE).until(() -> window.app().pair() != old);
        window.awaitConnected();
        assertThat(window.app().pair().device().topics().id()).isEqualTo(id);
        assertThat(window.app().pair().server().topics().id()).isEqualTo(id);
        assertThat(window.text("#deviceTopics")).contains(id + "/telemetry");
        assertThat(window.text("#serverTopics")).contains(id + "/commands");
        await().atMost(RunningWindow.PATIENCE).until(() -> old.device().connection().state() instanceof ConnectionState.Disconnected);

        LedIndicator led = window.led();
        window.dragSlider("#lightSlider", 60);
        await().atMost(RunningWindow.PATIENCE).until(led::isOn);
        window.dragSlider("#lightSlider", 800);
        await().atMost(RunningWindow.PATIENCE).until(() -> !led.isOn());
    }

    @Test
    @Order(5)
    void theLedGlowsInTheThemeColourOrTheOnePicked() throws Exception {
        LedIndicator led = window.led();
        assertThat(led.getColor()).isEqualTo(Color.web("#ffb300"));
        ColorPicker picker = window.find("#ledColor", ColorPicker.class);
        assertThat(picker.getValue()).isEqualTo(led.getColor());
        WaitForAsyncUtils.asyncFx(() -> picker.setValue(Color.RED)).get();
        assertThat(led.getColor()).isEqualTo(Color.RED);
    }

    @Test
    @Order(6)
    void theThemeToggleSwitchesToDark() {
        window.robot.clickOn("#themeToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        assertThat(window.stage.getScene().getRoot().getStyleClass()).contains("dark");
        window.robot.clickOn("#themeToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.stage.getScene().getRoot().getStyleClass()).doesNotContain("dark");
    }

    @Test
    @Order(7)
    void closingEndsTheAppAndLeavesNoThreadBehind() throws Exception {
        App.Pair pair = window.app().pair();
        WaitForAsyncUtils.asyncFx(() -> window.shell.shutdown(0)).get();
        assertThat(window.exits).containsExactly(0);
        await().atMost(RunningWindow.PATIENCE).until(() -> pair.device().connection().state() instanceof ConnectionState.Disconnected
                && pair.server().connection().state() instanceof ConnectionState.Disconnected);
        // The broker stops in the background; nothing it or the clients started keeps the JVM alive.
        await().atMost(RunningWindow.PATIENCE).untilAsserted(() ->
                assertThat(liveNonDaemonThreads()).allMatch(threadsBefore::contains));
    }
}
