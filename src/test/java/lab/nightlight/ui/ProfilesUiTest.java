package lab.nightlight.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import lab.nightlight.Pane;
import lab.nightlight.broker.BrokerInfo;
import lab.nightlight.broker.BrokerSettings;
import lab.nightlight.broker.EmbeddedBroker;
import lab.nightlight.support.TestBroker;
import lab.nightlight.system.AppFolders;
import lab.nightlight.ui.led.LedIndicator;
import lab.nightlight.ui.messages.Note;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The connection dialog through the real window: a Custom profile pointing at a second broker
 * with a login. A wrong password is explained in the message area with a way forward; the right
 * one connects and the loop runs there; when that broker goes away the bar counts down.
 */
class ProfilesUiTest {

    private static final String USER = "class7";
    private static final String PASSWORD = "lamp-secret-7";

    @Test
    void aCustomBrokerWithALoginFromTheDialogThenTheCountdownWhileItIsAway() throws Exception {
        Path root = Files.createTempDirectory("nightlight-profiles");
        EmbeddedBroker other = new EmbeddedBroker(BrokerSettings.defaults(root).withPort(TestBroker.freePort())
                .withCredentials(USER, PASSWORD));
        BrokerInfo info = other.start().get(60, TimeUnit.SECONDS);
        try (RunningWindow window = RunningWindow.open(WindowOptions.DEFAULTS).awaitConnected()) {
            fillCustom(window, info.port(), "wrong-password");
            await().atMost(RunningWindow.PATIENCE).until(() -> {
                Note note = window.shell.window().messages().currentProperty().get();
                return note != null && note.text().contains("refused the user name or password")
                        && note.text().contains("Check the user name and password");
            });
            assertThat(window.shell.window().messages().recent()).noneMatch(n -> n.text().contains("wrong-password"));
            await().atMost(RunningWindow.PATIENCE).until(() -> window.robot.lookup("#fixButton").tryQueryAs(Button.class)
                    .map(b -> b.isVisible() && b.getText().equals("Change connection…")).orElse(false));

            // The way forward: the button opens the dialog again, now with the right password.
            window.robot.clickOn("#fixButton");
            WaitForAsyncUtils.waitForFxEvents();
            type(window, "#password", PASSWORD);
            window.robot.clickOn("#profileConnect");
            window.awaitConnected();
            assertThat(window.app().profile(Pane.DEVICE).url()).isEqualTo(info.url());
            assertThat(window.app().profile(Pane.SERVER).username()).isEqualTo(USER);
            LedIndicator led = window.led();
            window.dragSlider("#lightSlider", 80);
            await().atMost(RunningWindow.PATIENCE).until(led::isOn);

            other.stop().get(60, TimeUnit.SECONDS);
            await().atMost(RunningWindow.PATIENCE).until(() -> window.robot.lookup("#countdown")
                    .tryQueryAs(Label.class).map(l -> l.isVisible() && l.getText().matches(
                            "(Device|Server): reconnecting in \\d+ s \\(attempt \\d+\\).*")).orElse(false));
        } finally {
            other.stop();
            AppFolders.deleteTree(root);
        }
    }

    private static void fillCustom(RunningWindow window, int port, String password) {
        window.robot.clickOn("#profilesButton");
        WaitForAsyncUtils.waitForFxEvents();
        window.choose("#preset", "Custom");
        set(window, "#host", "127.0.0.1");
        set(window, "#port", String.valueOf(port));
        set(window, "#username", USER);
        type(window, "#password", password);
        assertThat(window.robot.lookup("#profileConnect").queryAs(Button.class).isDisabled()).isFalse();
        window.robot.clickOn("#profileConnect");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void set(RunningWindow window, String query, String text) {
        TextField field = window.robot.lookup(query).queryAs(TextField.class);
        window.robot.interact(() -> field.setText(text));
    }

    /** Types into a password field with the keyboard, as a teacher does. */
    private static void type(RunningWindow window, String query, String text) {
        PasswordField field = window.robot.lookup(query).queryAs(PasswordField.class);
        window.robot.interact(field::clear);
        window.robot.clickOn(field).write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
