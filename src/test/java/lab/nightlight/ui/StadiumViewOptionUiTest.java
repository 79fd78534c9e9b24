package lab.nightlight.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code --view stadium}: a teacher who starts with the stadium sees it first, loaded and ready. */
class StadiumViewOptionUiTest {

    private static RunningWindow window;

    @BeforeAll
    static void open() throws Exception {
        window = RunningWindow.open(WindowOptions.parse(List.of("--lang", "en", "--view", "stadium")));
    }

    @AfterAll
    static void close() throws Exception {
        window.close();
    }

    @Test
    void theWindowOpensOnTheStadiumWithItsControlsShowing() {
        TabPane views = window.find(".views", TabPane.class);
        assertThat(views.getSelectionModel().getSelectedItem().getId()).isEqualTo("stadiumTab");
        await().atMost(RunningWindow.PATIENCE).until(() -> window.robot.lookup("#stadiumAddTen").tryQuery()
                .map(Node::isVisible).orElse(false));
        // The lesson's panes are behind it, not gone: their device still connects.
        window.awaitConnected();
    }
}
