package lab.nightlight.ui.classroom;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import lab.nightlight.guide.LessonGuide;

/**
 * What the classroom chose for the window, kept by the shell across rebuilds: the language (a
 * change rebuilds the window with the new bundle), presenter mode, the side panel with the lesson
 * guide and the code, the zoom, and the lesson guide itself (its ticks survive a language switch).
 */
public final class ClassroomViewModel {

    static final double MIN_ZOOM = 0.8;
    static final double MAX_ZOOM = 2.5;
    static final double ZOOM_STEP = 0.1;

    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(this, "language");
    private final BooleanProperty presenter = new SimpleBooleanProperty(this, "presenter");
    private final BooleanProperty sidePanel = new SimpleBooleanProperty(this, "sidePanel");
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final LessonGuide guide;
    private final GuideViewModel guideModel;

    /** @param fx where the guide's ticks become property changes (the FX executor) */
    public ClassroomViewModel(Locale language, boolean presenter, LessonGuide guide, Executor fx) {
        this.language.set(Objects.requireNonNull(language));
        this.presenter.set(presenter);
        this.guide = Objects.requireNonNull(guide);
        this.guideModel = new GuideViewModel(guide, fx);
    }

    public GuideViewModel guideModel() {
        return guideModel;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public BooleanProperty presenterProperty() {
        return presenter;
    }

    public BooleanProperty sidePanelProperty() {
        return sidePanel;
    }

    /** 1 is the normal size; presenter mode multiplies on top of it. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public LessonGuide guide() {
        return guide;
    }

    public void zoomIn() {
        setZoom(zoom.get() + ZOOM_STEP);
    }

    public void zoomOut() {
        setZoom(zoom.get() - ZOOM_STEP);
    }

    public void resetZoom() {
        setZoom(1);
    }

    private void setZoom(double value) {
        // rounded so that ten steps in and ten out land on 1.0 again
        zoom.set(Math.round(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value)) * 10) / 10.0);
    }
}
