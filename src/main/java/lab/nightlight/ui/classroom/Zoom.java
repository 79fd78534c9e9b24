package lab.nightlight.ui.classroom;

import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Ctrl + and Ctrl - (Cmd on macOS) make the whole window larger or smaller, Ctrl 0 returns to
 * normal; presenter mode adds its own step. Everything in our CSS is sized in em, so one font size
 * on the root scales the window.
 */
public final class Zoom {

    /** AtlantaFX's base size, in px. */
    static final double BASE_FONT = 14;
    static final double PRESENTER_FACTOR = 1.0;

    private Zoom() {
    }

    /** Keys on the scene (they survive a new root) and the size on whichever root the scene shows. */
    public static void install(Scene scene, ClassroomViewModel classroom) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isShortcutDown()) {
                return;
            }
            KeyCode code = e.getCode();
            if (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD) {
                classroom.zoomIn();
            } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
                classroom.zoomOut();
            } else if (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) {
                classroom.resetZoom();
            } else {
                return;
            }
            e.consume();
        });
        Runnable apply = () -> apply(scene.getRoot(), classroom);
        classroom.zoomProperty().addListener(o -> apply.run());
        classroom.presenterProperty().addListener(o -> apply.run());
        scene.rootProperty().addListener(o -> apply.run());
        apply.run();
    }

    static double fontSize(double zoom, boolean presenter) {
        return BASE_FONT * zoom * (presenter ? PRESENTER_FACTOR : 1);
    }

    private static void apply(Parent root, ClassroomViewModel classroom) {
        if (root != null) {
            root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;",
                    fontSize(classroom.zoomProperty().get(), classroom.presenterProperty().get())));
        }
    }
}
