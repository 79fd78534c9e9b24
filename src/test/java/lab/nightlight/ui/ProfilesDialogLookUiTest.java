package lab.nightlight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dialog as a student sees it with the public broker chosen: the lesson's warning and the
 * ports are on screen. Writes target/ui-snapshots/profiles-en.png (the window with the dialog
 * over it) for the README.
 */
class ProfilesDialogLookUiTest {

    @Test
    void thePublicBrokerShowsTheLessonsWarning() throws Exception {
        try (RunningWindow window = RunningWindow.open(WindowOptions.DEFAULTS).awaitConnected()) {
            window.robot.clickOn("#profilesButton");
            WaitForAsyncUtils.waitForFxEvents();
            window.choose("#preset", "test.mosquitto.org (public)");
            Label warning = window.robot.lookup("#publicWarning").queryAs(Label.class);
            assertThat(warning.isVisible()).isTrue();
            assertThat(warning.getText()).contains("anyone can read").contains("8886");
            Window dialog = warning.getScene().getWindow();
            BufferedImage picture = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
                BufferedImage main = SwingFXUtils.fromFXImage(window.stage.getScene().snapshot(null), null);
                BufferedImage over = SwingFXUtils.fromFXImage(dialog.getScene().getRoot().snapshot(null, null), null);
                BufferedImage all = new BufferedImage(main.getWidth(), main.getHeight(), BufferedImage.TYPE_INT_RGB);
                Graphics2D g = all.createGraphics();
                g.drawImage(main, 0, 0, null);
                g.setComposite(java.awt.AlphaComposite.getInstance(java.awt.AlphaComposite.SRC_OVER, 0.35f));
                g.setColor(java.awt.Color.BLACK);
                g.fillRect(0, 0, main.getWidth(), main.getHeight());
                g.setComposite(java.awt.AlphaComposite.SrcOver);
                g.drawImage(over, (main.getWidth() - over.getWidth()) / 2, Math.max(0, (main.getHeight() - over.getHeight()) / 2), null);
                g.dispose();
                return all;
            }));
            Path dir = Files.createDirectories(Path.of("target", "ui-snapshots"));
            javax.imageio.ImageIO.write(picture, "png", dir.resolve("profiles-en.png").toFile());
        }
    }
}
