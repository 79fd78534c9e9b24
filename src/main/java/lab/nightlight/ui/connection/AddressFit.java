package lab.nightlight.ui.connection;

import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * Keeps the broker's address readable when the connection bar is full: the whole URL while it
 * fits, then the address without its scheme ({@code 127.0.0.1:1883}, what a student types into
 * the lesson's script), and only then the label's own leading ellipsis. Before, the ellipsis cut
 * into the scheme ({@code ...://127.0.0.1:1883}) in a 1280 px window.
 *
 * <p>The label asks the bar for the width of what it shows, so the room the scheme leaves goes
 * to the bar's stretchable gap ({@code slack}); the whole URL comes back once the label and that
 * gap together could hold it. Either way the next layout gives the same answer, so it never
 * flickers between the two.
 */
final class AddressFit {

    private final Label label;
    private final ObservableValue<String> url;
    private final Region slack;

    private AddressFit(Label label, ObservableValue<String> url, Region slack) {
        this.label = label;
        this.url = url;
        this.slack = slack;
    }

    /** Shows {@code url} in {@code label} from now on, as whole as the label and {@code slack} allow. */
    static void install(Label label, ObservableValue<String> url, Region slack) {
        AddressFit fit = new AddressFit(label, url, slack);
        InvalidationListener refit = o -> fit.refit();
        url.addListener(refit);
        label.widthProperty().addListener(refit);
        label.fontProperty().addListener(refit);
        slack.widthProperty().addListener(refit);
        fit.refit();
    }

    private void refit() {
        String whole = url.getValue() == null ? "" : url.getValue();
        double wholeWidth = widthOf(whole);
        // Not laid out yet (width 0): the whole address, as the bar will try to give it that.
        double room = label.getWidth() + slack.getWidth();
        String shown = label.getWidth() <= 0 || room >= wholeWidth ? whole : withoutScheme(whole);
        if (!shown.equals(label.getText())) {
            label.setText(shown);
        }
        double pref = shown.equals(whole) ? wholeWidth : widthOf(shown);
        if (label.getPrefWidth() != pref) {
            label.setPrefWidth(pref);
        }
    }

    /** What the label needs to show {@code s} without an ellipsis. */
    private double widthOf(String s) {
        Text measure = new Text(s);
        measure.setFont(label.getFont());
        return Math.ceil(measure.getLayoutBounds().getWidth()) + label.snappedLeftInset() + label.snappedRightInset();
    }

    static String withoutScheme(String url) {
        int at = url.indexOf("://");
        return at < 0 ? url : url.substring(at + 3);
    }
}
