package lab.nightlight.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.ResourceBundle;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;

/**
 * Loads FXML views with a bundle and a controller factory, now or the first time they are
 * wanted. The window loads its packets tab, side panel and presenter view late: they are a third
 * of its FXML, most lessons open some of them late or never, and loading them before the first
 * frame made students wait. Dialogs load their content here too, owned by and styled like the window.
 */
public final class Views {

    private final ResourceBundle bundle;
    private final Callback<Class<?>, Object> controllers;

    /** @param controllers the window's controller factory, so a late view gets the same view models */
    public Views(ResourceBundle bundle, Callback<Class<?>, Object> controllers) {
        this.bundle = Objects.requireNonNull(bundle);
        this.controllers = Objects.requireNonNull(controllers);
    }

    /** Loads an FXML view now. On the FX thread. */
    public Parent load(String resource) {
        FXMLLoader loader = new FXMLLoader(Objects.requireNonNull(Views.class.getResource(resource), resource), bundle);
        loader.setControllerFactory(controllers);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A dialog over {@code owner} (when there is one) in the owner's stylesheets, font and zoom. */
    public static void ownedBy(javafx.scene.control.Dialog<?> dialog, javafx.stage.Window owner, Parent content) {
        if (owner == null) {
            return;
        }
        dialog.initOwner(owner);
        dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        if (owner.getScene().getRoot() != null) {
            content.setStyle(owner.getScene().getRoot().getStyle());
        }
    }

    /** Runs {@code action} once, the first time {@code wanted} is true (at once if it already is). */
    public static void onFirst(ObservableValue<Boolean> wanted, Runnable action) {
        if (Boolean.TRUE.equals(wanted.getValue())) {
            action.run();
            return;
        }
        wanted.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean old, Boolean now) {
                if (Boolean.TRUE.equals(now)) {
                    wanted.removeListener(this);
                    action.run();
                }
            }
        });
    }
}
