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
 * Views loaded the first time they are wanted, not at start: the packets tab, the classroom's
 * side panel and presenter view are a third of the window's FXML, and most lessons open some of
 * them late or never. Loading them before the first frame made students wait for them.
 */
public final class LazyViews {

    private final ResourceBundle bundle;
    private final Callback<Class<?>, Object> controllers;

    /** @param controllers the window's controller factory, so a late view gets the same view models */
    public LazyViews(ResourceBundle bundle, Callback<Class<?>, Object> controllers) {
        this.bundle = Objects.requireNonNull(bundle);
        this.controllers = Objects.requireNonNull(controllers);
    }

    /** Loads an FXML view now. On the FX thread. */
    public Parent load(String resource) {
        FXMLLoader loader = new FXMLLoader(Objects.requireNonNull(LazyViews.class.getResource(resource), resource), bundle);
        loader.setControllerFactory(controllers);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
