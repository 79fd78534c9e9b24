package lab.nightlight.ui.classroom;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import lab.nightlight.guide.LessonGuide;
import lab.nightlight.guide.LessonStep;

/**
 * The lesson's checklist as properties: one "done" flag per {@link LessonStep}, set when the
 * {@link LessonGuide} sees the step happen for real. The guide ticks on the core's threads; the
 * flags change on the FX executor.
 */
public final class GuideViewModel {

    private final LessonGuide guide;
    private final Executor fx;
    private final Map<LessonStep, ReadOnlyBooleanWrapper> done = new EnumMap<>(LessonStep.class);
    private final ReadOnlyIntegerWrapper doneCount = new ReadOnlyIntegerWrapper(this, "doneCount");

    public GuideViewModel(LessonGuide guide, Executor fx) {
        this.guide = Objects.requireNonNull(guide);
        this.fx = Objects.requireNonNull(fx);
        for (LessonStep step : LessonStep.values()) {
            done.put(step, new ReadOnlyBooleanWrapper(this, step.name()));
        }
        guide.onTick((step, at) -> fx.execute(this::refresh));
        refresh();
    }

    public ReadOnlyBooleanProperty doneProperty(LessonStep step) {
        return done.get(step).getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty doneCountProperty() {
        return doneCount.getReadOnlyProperty();
    }

    /** Starts the checklist over (for the next group of students). */
    public void reset() {
        guide.reset();
        refresh();
    }

    private void refresh() {
        done.forEach((step, flag) -> flag.set(guide.isDone(step)));
        doneCount.set(guide.doneCount());
    }
}
