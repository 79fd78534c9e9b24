package lab.nightlight.ui;

import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import lab.nightlight.App;
import lab.nightlight.broker.BrokerSettings;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.MqttVersion;
import lab.nightlight.support.TestBroker;
import lab.nightlight.system.AppFolders;
import lab.nightlight.ui.led.LedIndicator;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on TestFX's stage (headless Monocle), over a real App with its own embedded
 * broker on a free port. The app factory and the exit are injected, so closing it records the
 * exit code instead of ending the test JVM.
 */
final class RunningWindow implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    final FxRobot robot = new FxRobot();
    /** Exit codes the shell asked for (instead of ending the JVM). */
    final List<Integer> exits;
    final Path home;
    final Shell shell;
    final Stage stage;

    private RunningWindow(Path home, Shell shell, Stage stage, List<Integer> exits) {
        this.home = home;
        this.shell = shell;
        this.stage = stage;
        this.exits = exits;
    }

    /** Opens the window with an embedded broker on a free port and waits until both panes are connected. */
    static RunningWindow open(WindowOptions options) throws Exception {
        return open(options, shell -> { });
    }

    /**
     * Like {@link #open(WindowOptions)}; {@code justShown} runs on the FX thread as soon as the
     * shell's start has returned, the window just shown and the app just asked to start.
     */
    static RunningWindow open(WindowOptions options, Consumer<Shell> justShown) throws Exception {
        Path home = Files.createTempDirectory("nightlight-ui-test");
        int port = TestBroker.freePort();
        return open(options, home, (id, o, events) -> new App(new App.Config(id, null,
                BrokerSettings.defaults(home).withPort(port), MqttVersion.V5, events)), justShown);
    }

    /** Opens the window on a broker elsewhere (the shared test broker). */
    static RunningWindow openExternal(WindowOptions options, BrokerAddress broker) throws Exception {
        Path home = Files.createTempDirectory("nightlight-ui-test");
        return open(options, home, (id, o, events) -> new App(new App.Config(id, broker,
                BrokerSettings.defaults(home), MqttVersion.V5, events)), shell -> { });
    }

    private static RunningWindow open(WindowOptions options, Path home, Shell.AppFactory apps,
                                      Consumer<Shell> justShown) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        List<Integer> exits = new CopyOnWriteArrayList<>();
        Shell shell = new Shell(options, apps, exits::add, Clock.systemDefaultZone());
        // TestFX's one stage serves every window: what an earlier one set (its icons) goes first.
        FxToolkit.setupFixture(() -> {
            stage.getIcons().clear();
            shell.start(stage);
            justShown.accept(shell);
        });
        return new RunningWindow(home, shell, stage, exits);
    }

    /** Waits until the broker is up and both panes are connected. */
    RunningWindow awaitConnected() {
        await().atMost(PATIENCE).until(() -> shell.window().device().connectedProperty().get()
                && shell.window().server().connectedProperty().get());
        return this;
    }

    App app() {
        return shell.app();
    }

    String deviceId() {
        return app().pair().device().topics().id();
    }

    <T extends Node> T find(String query, Class<T> type) {
        return robot.lookup(query).queryAs(type);
    }

    LedIndicator led() {
        return find("#led", LedIndicator.class);
    }

    /** A label's text, read on the FX thread after pending events. */
    String text(String labelQuery) {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> find(labelQuery, Label.class).getText()));
    }

    /** The text of a label's tooltip. */
    String tooltip(String labelQuery) {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> find(labelQuery, Label.class).getTooltip().getText()));
    }

    /**
     * Drags the slider's thumb with the mouse to where {@code value} is, the way a student does.
     * The thumb's centre travels from half a thumb in from the left to half a thumb in from the right.
     */
    void dragSlider(String query, double value) {
        Slider slider = find(query, Slider.class);
        Node thumb = slider.lookup(".thumb");
        Bounds track = slider.localToScreen(slider.getLayoutBounds());
        Bounds thumbBounds = thumb.localToScreen(thumb.getLayoutBounds());
        double half = thumbBounds.getWidth() / 2;
        double fraction = (value - slider.getMin()) / (slider.getMax() - slider.getMin());
        double x = track.getMinX() + half + fraction * (track.getWidth() - 2 * half);
        double y = thumbBounds.getCenterY();
        robot.drag(thumb, MouseButton.PRIMARY).moveTo(new Point2D(x, y)).drop();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Writes what the window shows now, for looking at a failure. */
    void snapshot(String name) {
        snapshot(name, stage.getScene());
    }

    /** Writes what a scene (the window's, or a dialog's) shows now. */
    static void snapshot(String name, javafx.scene.Scene scene) {
        try {
            java.awt.image.BufferedImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() ->
                    javafx.embed.swing.SwingFXUtils.fromFXImage(scene.snapshot(null), null)));
            Path dir = Files.createDirectories(Path.of("target", "ui-snapshots"));
            javax.imageio.ImageIO.write(image, "png", dir.resolve(name + ".png").toFile());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Picks an item of a combo box with the mouse: open it, click the item. */
    void choose(String comboQuery, String itemText) {
        robot.clickOn(comboQuery);
        javafx.scene.Node cell = robot.lookup(".combo-box-popup .list-cell").match(
                (javafx.scene.control.ListCell<?> c) -> itemText.equals(c.getText())).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes like the window's close button: the shell's shutdown path, with the exit recorded. */
    @Override
    public void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> shell.shutdown(0)).get(10, TimeUnit.SECONDS);
        FxToolkit.cleanupStages();
        AppFolders.deleteTree(home);
    }
}
