package lab.nightlight.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import lab.nightlight.ui.device.DeviceViewModel;
import lab.nightlight.ui.server.ServerViewModel;

/**
 * {@code --snapshot FILE}: once both panes are connected and the LED has answered a telemetry
 * message through the broker, writes a PNG of the whole window and reports 0; reports 1 (with a
 * sentence on stderr) if that has not happened in time. The proof, in one picture, that the
 * loop works on this machine. Then prints when each milestone was reached ({@link StartTimes}).
 */
final class SnapshotWhenReady {

    static final Duration TIMEOUT = Duration.seconds(60);
    /** Lets the LED's glow, the chart and the counters draw the answer before the picture. */
    private static final Duration SETTLE = Duration.millis(600);

    private final Scene scene;
    private final DeviceViewModel device;
    private final ServerViewModel server;
    private final Path file;
    private final Executor background;
    private final Executor fx;
    private final IntConsumer done;
    private final StartTimes times;
    private final PauseTransition timeout = new PauseTransition(TIMEOUT);
    private final InvalidationListener check = o -> check();
    private boolean asked;
    private boolean taking;

    SnapshotWhenReady(Scene scene, DeviceViewModel device, ServerViewModel server, Path file, Executor background,
                      Executor fx, StartTimes times, IntConsumer done) {
        this.scene = Objects.requireNonNull(scene);
        this.device = Objects.requireNonNull(device);
        this.server = Objects.requireNonNull(server);
        this.file = Objects.requireNonNull(file);
        this.background = Objects.requireNonNull(background);
        this.fx = Objects.requireNonNull(fx);
        this.done = Objects.requireNonNull(done);
        this.times = Objects.requireNonNull(times);
    }

    void arm() {
        timeout.setOnFinished(e -> {
            StdErr.say("No snapshot: the device and the server did not both connect and answer within "
                    + (int) TIMEOUT.toSeconds() + " s (is the broker reachable?).");
            done.accept(1);
        });
        timeout.play();
        device.connectedProperty().addListener(check);
        server.connectedProperty().addListener(check);
        device.receivedProperty().addListener(check);
        check();
    }

    void cancel() {
        timeout.stop();
        device.connectedProperty().removeListener(check);
        server.connectedProperty().removeListener(check);
        device.receivedProperty().removeListener(check);
    }

    private void check() {
        if (taking || !device.connectedProperty().get() || !server.connectedProperty().get()) {
            return;
        }
        times.connected();
        if (device.receivedProperty().get() == 0) {
            if (!asked) {
                // Do not wait for the 5 s schedule: one telemetry now gets the LED's answer.
                asked = true;
                device.sendNow();
            }
            return;
        }
        times.answered();
        taking = true;
        PauseTransition settle = new PauseTransition(SETTLE);
        settle.setOnFinished(e -> take());
        settle.play();
    }

    private void take() {
        cancel();
        BufferedImage image = SwingFXUtils.fromFXImage(scene.snapshot(null), null);
        CompletableFuture.runAsync(() -> {
            try {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                ImageIO.write(image, "png", file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, background).whenCompleteAsync((ok, e) -> {
            if (e != null) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                StdErr.say("Could not write the snapshot to " + file + ": " + cause.getMessage());
                done.accept(1);
            } else {
                StdOut.line(times.json());
                done.accept(0);
            }
        }, fx);
    }
}
