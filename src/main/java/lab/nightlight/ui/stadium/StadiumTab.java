package lab.nightlight.ui.stadium;

import java.time.Clock;
import java.util.Objects;
import java.util.Random;
import lab.nightlight.App;
import lab.nightlight.lesson.DeviceIds;
import lab.nightlight.lesson.Topics;
import lab.nightlight.ui.Texts;

/**
 * The stadium tab for the window: its view model over the app, its controller for the FXML
 * loader, and its end. The stadium gets its own id, the lesson's plus {@code -stadium}, so its
 * broadcast commands never reach the lesson's device and the lesson's server never answers its
 * sensors. Its clients go to the broker the device pane uses; the app says their goodbyes before
 * it stops the broker.
 */
public final class StadiumTab {

    static final String SUFFIX = "-stadium";

    private final App app;
    private final Texts texts;
    private final StadiumViewModel model;
    private StadiumController controller;

    public StadiumTab(App app, Texts texts, Clock clock) {
        this.app = Objects.requireNonNull(app);
        this.texts = Objects.requireNonNull(texts);
        model = new StadiumViewModel(texts, settings -> new StadiumSession(topics(), app::extraConnection, settings),
                clock, new Random());
        app.closeAlso(model::closeSession);
    }

    /** The lesson's id with {@code -stadium}, or a fresh one if that would be too long. */
    private Topics topics() {
        App.Pair pair = app.pair();
        String id = (pair == null ? DeviceIds.random() : pair.device().topics().id()) + SUFFIX;
        return new Topics(DeviceIds.problemWith(id) == null ? id : DeviceIds.random() + SUFFIX);
    }

    public StadiumViewModel model() {
        return model;
    }

    /** The controller the FXML loader asks for ({@link StadiumController}). */
    public StadiumController controller() {
        controller = new StadiumController(model, texts);
        return controller;
    }

    /** Stops the tab's frame timer and ends the stadium (its sensors and server say goodbye). */
    public void dispose() {
        if (controller != null) {
            controller.dispose();
        }
        model.closeSession();
    }
}
