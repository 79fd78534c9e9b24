package lab.nightlight.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import lab.nightlight.system.AppInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The About dialog through the real window: the info button opens it, it lists the licences, Close closes it. */
class AboutUiTest {

    private static RunningWindow window;

    @BeforeAll
    static void open() throws Exception {
        window = RunningWindow.open(new WindowOptions(null, null, null, java.util.Locale.ENGLISH, false, null));
    }

    @AfterAll
    static void close() throws Exception {
        window.close();
    }

    @Test
    void theInfoButtonShowsTheVersionAndEveryBundledLicence() {
        window.robot.clickOn("#aboutButton");
        await().atMost(RunningWindow.PATIENCE).until(() -> window.robot.lookup("#aboutDialog").tryQuery().isPresent());
        DialogPane pane = window.robot.lookup("#aboutDialog").queryAs(DialogPane.class);

        Label version = (Label) pane.lookup("#versionText");
        // Tests run from classes, not the shaded jar: no manifest version, so it says so.
        assertThat(version.getText()).isEqualTo("Development build (run from the sources)");
        assertThat(((Label) pane.lookup("#runtimeText")).getText()).startsWith("Java 17").contains("JavaFX 21");

        @SuppressWarnings("unchecked")
        TableView<AppInfo.Component> table = (TableView<AppInfo.Component>) pane.lookup("#components");
        assertThat(table.getItems()).extracting(AppInfo.Component::name)
                .anyMatch(n -> n.startsWith("HiveMQ MQTT Client"))
                .anyMatch(n -> n.startsWith("NanumGothic"));
        assertThat(table.getItems()).hasSameSizeAs(AppInfo.components());
        RunningWindow.snapshot("about-en", pane.getScene());

        window.robot.clickOn("Close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.robot.lookup("#aboutDialog").tryQuery()).isEmpty();
    }
}
