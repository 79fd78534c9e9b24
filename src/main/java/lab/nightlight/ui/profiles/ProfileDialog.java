package lab.nightlight.ui.profiles;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import lab.nightlight.ui.Texts;
import lab.nightlight.ui.Views;

/**
 * Opens the connection dialog over the window: a fresh form filled from what the app uses now.
 * "Connect" stays disabled while the form has a problem; the dialog does not block (show, not
 * showAndWait), and applying never waits for the network.
 */
public final class ProfileDialog {

    private final Supplier<ProfileFormViewModel> forms;
    private final Texts texts;
    private Dialog<ButtonType> open;

    public ProfileDialog(Supplier<ProfileFormViewModel> forms, Texts texts) {
        this.forms = Objects.requireNonNull(forms);
        this.texts = Objects.requireNonNull(texts);
    }

    /** Shows the dialog (or brings the open one forward). On the FX thread. */
    public void show(Window owner) {
        if (open != null && open.isShowing()) {
            open.getDialogPane().getScene().getWindow().requestFocus();
            return;
        }
        ProfileFormViewModel form = forms.get();
        Parent content = new Views(texts.bundle(), type -> new ProfileDialogController(form, texts))
                .load("/lab/nightlight/ui/profiles/ProfileDialog.fxml");
        Dialog<ButtonType> dialog = new Dialog<>();
        Views.ownedBy(dialog, owner, content);
        dialog.setTitle(texts.get("profiles.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setPrefWidth(860);
        ButtonType connect = new ButtonType(texts.get("profiles.connect"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(texts.get("profiles.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(connect, cancel);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("profileDialog");
        Button connectButton = (Button) dialog.getDialogPane().lookupButton(connect);
        connectButton.setId("profileConnect");
        connectButton.disableProperty().bind(form.validProperty().not());
        dialog.setResultConverter(type -> {
            if (type == connect) {
                form.apply();
            }
            return type;
        });
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
