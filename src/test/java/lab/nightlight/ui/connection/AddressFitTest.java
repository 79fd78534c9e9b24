package lab.nightlight.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The broker's address in a bar of a given width: whole, then without its scheme, never "...://". */
class AddressFitTest {

    private static final String URL = "mqtt://127.0.0.1:1883";

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theWholeAddressWhenTheBarHasRoom() throws Exception {
        assertThat(shownIn(600, URL)).isEqualTo(URL);
    }

    @Test
    void theSchemeGivesWayWholeWhenTheBarIsShortOfRoom() throws Exception {
        double whole = WaitForAsyncUtils.asyncFx(() -> new Text(URL).getLayoutBounds().getWidth()).get();
        assertThat(shownIn(whole - 8, URL)).isEqualTo("127.0.0.1:1883");
    }

    @Test
    void aNewAddressIsFittedAgainAndTheBarWideningBringsTheSchemeBack() throws Exception {
        String shown = WaitForAsyncUtils.asyncFx(() -> {
            StringProperty url = new SimpleStringProperty(URL);
            Label label = new Label();
            label.setMinWidth(40);
            Region slack = new Region();
            HBox.setHgrow(slack, Priority.ALWAYS);
            HBox bar = new HBox(label, slack);
            Scene scene = new Scene(bar, 60, 30);
            AddressFit.install(label, url, slack);
            bar.applyCss();
            bar.layout();
            String narrow = label.getText();
            url.set("ws://192.168.0.10:8080/mqtt");
            bar.layout();
            bar.layout();
            String narrowWs = label.getText();
            bar.resize(800, 30);
            bar.layout();
            bar.layout();
            return narrow + " | " + narrowWs + " | " + label.getText() + " | " + scene.getWidth();
        }).get();
        assertThat(shown).startsWith("127.0.0.1:1883 | 192.168.0.10:8080/mqtt | ws://192.168.0.10:8080/mqtt | ");
    }

    @Test
    void anAddressWithoutASchemeIsLeftAsItIs() {
        assertThat(AddressFit.withoutScheme("127.0.0.1:1883")).isEqualTo("127.0.0.1:1883");
        assertThat(AddressFit.withoutScheme("mqtts://broker.school:8883")).isEqualTo("broker.school:8883");
    }

    /** What the label says after laying it out alone in a bar {@code width} pixels wide. */
    private static String shownIn(double width, String url) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Label label = new Label();
            label.setMinWidth(40);
            Region slack = new Region();
            HBox.setHgrow(slack, Priority.ALWAYS);
            HBox bar = new HBox(label, slack);
            new Scene(bar, width, 30);
            AddressFit.install(label, new SimpleStringProperty(url), slack);
            bar.applyCss();
            bar.layout();
            bar.layout(); // as the next pulse would, after the label asked for less
            String shown = label.getText();
            // what it shows fits the label it was given: no ellipsis drawn
            assertThat(((Text) label.lookup(".text")).getText()).isEqualTo(shown);
            return shown;
        }).get();
    }
}
