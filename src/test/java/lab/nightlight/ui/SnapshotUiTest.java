package lab.nightlight.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** {@code --snapshot FILE}: a PNG of the whole window once the loop has answered, then exit 0. */
class SnapshotUiTest {

    @Test
    void writesAPictureOfTheAnsweredLoopAndExitsZero() throws Exception {
        Path file = Files.createTempDirectory("nightlight-snapshot").resolve("shot.png");
        WindowOptions options = new WindowOptions(file, null, null, null, false, 120);
        try (RunningWindow window = RunningWindow.open(options)) {
            await().atMost(RunningWindow.PATIENCE.multipliedBy(2)).until(() -> !window.exits.isEmpty());
            assertThat(window.exits).containsExactly(0);
            // It waited for the answer: the LED was on when the picture was taken.
            assertThat(window.shell.window().device().ledOnProperty().get()).isTrue();
            BufferedImage image = ImageIO.read(file.toFile());
            assertThat(image.getWidth()).isEqualTo((int) Shell.WIDTH);
            assertThat(image.getHeight()).isEqualTo((int) Shell.HEIGHT);
            // The milestones bench window reports, in the order they happen.
            StartTimes times = window.shell.startTimes();
            assertThat(times.shownMs()).isPositive();
            assertThat(times.firstFrameMs()).isGreaterThanOrEqualTo(times.shownMs());
            assertThat(times.connectedMs()).isGreaterThanOrEqualTo(times.shownMs());
            assertThat(times.answeredMs()).isGreaterThanOrEqualTo(times.connectedMs());
        }
    }
}
