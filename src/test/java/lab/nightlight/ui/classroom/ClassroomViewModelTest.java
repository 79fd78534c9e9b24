package lab.nightlight.ui.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import lab.nightlight.guide.LessonGuide;
import lab.nightlight.guide.LessonStep;
import org.junit.jupiter.api.Test;

/** Zoom steps, the languages found on the class path, the guide's flags: no toolkit. */
class ClassroomViewModelTest {

    private final ClassroomViewModel model = new ClassroomViewModel(Locale.ENGLISH, false, new LessonGuide(),
            Runnable::run);

    @Test
    void zoomStepsStayWithinBoundsAndComeBackToOne() {
        for (int i = 0; i < 30; i++) {
            model.zoomIn();
        }
        assertThat(model.zoomProperty().get()).isEqualTo(ClassroomViewModel.MAX_ZOOM);
        for (int i = 0; i < 30; i++) {
            model.zoomOut();
        }
        assertThat(model.zoomProperty().get()).isEqualTo(ClassroomViewModel.MIN_ZOOM);
        model.zoomIn();
        model.zoomIn();
        assertThat(model.zoomProperty().get()).isEqualTo(1.0);
        model.zoomIn();
        model.resetZoom();
        assertThat(model.zoomProperty().get()).isEqualTo(1.0);
        assertThat(Zoom.fontSize(1.5, false)).isEqualTo(21.0);
    }

    @Test
    void theLanguagesAreTheBundlesOnTheClassPath() {
        assertThat(Languages.available()).containsExactly(Locale.ENGLISH, Locale.KOREAN);
        assertThat(Languages.forCode("KO")).isEqualTo(Locale.KOREAN);
        assertThat(Languages.forCode("fr")).isNull();
        assertThat(Languages.machine(Locale.KOREA)).isEqualTo(Locale.KOREAN);
        assertThat(Languages.machine(Locale.FRANCE)).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.nativeName(Locale.KOREAN)).isEqualTo("한국어");
        assertThat(Languages.nativeName(Locale.ENGLISH)).isEqualTo("English");
    }

    @Test
    void theGuideStartsWithNothingDone() {
        GuideViewModel guide = model.guideModel();
        for (LessonStep step : LessonStep.values()) {
            assertThat(guide.doneProperty(step).get()).as(step.name()).isFalse();
        }
        assertThat(guide.doneCountProperty().get()).isZero();
        guide.reset();
        assertThat(guide.doneCountProperty().get()).isZero();
    }
}
