package lab.nightlight.ui.about;

import java.util.Objects;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import lab.nightlight.ui.Texts;
import lab.nightlight.ui.Views;

/** The About dialog: one at a time, over the window, in the window's theme. */
public final class AboutDialog {

    private final Texts texts;
    private Dialog<ButtonType> open;

    public AboutDialog(Texts texts) {
        this.texts = Objects.requireNonNull(texts);
    }

    /** Shows the dialog (or brings the open one forward). On the FX thread. */
    public void show(Window owner) {
        if (open != null && open.isShowing()) {
            open.getDialogPane().getScene().getWindow().requestFocus();
            return;
        }
        Parent content = new Views(texts.bundle(), type -> new AboutController(texts)).load("/lab/nightlight/ui/about/About.fxml");
        Dialog<ButtonType> dialog = new Dialog<>();
        Views.ownedBy(dialog, owner, content);
        dialog.setTitle(texts.get("about.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setPrefWidth(860);
        dialog.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("aboutDialog");
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(texts.get("about.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        open = dialog;
        dialog.show();
    }

    /** Closes the dialog if it is open (the window is closing). */
    public void close() {
        if (open != null && open.isShowing()) {
            open.close();
        }
    }
}
