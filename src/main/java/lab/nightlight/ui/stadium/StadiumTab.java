package lab.nightlight.ui.stadium;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Objects;
import java.util.Random;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import lab.nightlight.App;
import lab.nightlight.Pane;
import lab.nightlight.broker.BrokerSettings;
import lab.nightlight.lesson.DeviceIds;
import lab.nightlight.lesson.Topics;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.settings.ConnectionProfile;
import lab.nightlight.ui.Texts;

/**
 * The stadium tab for the window: its view model over the app, the controller of its place in
 * the window ({@code StadiumTab.fxml}), and its end. The view itself is loaded the first time
 * the tab is selected, and nothing runs until the first sensor is added: a class that never
 * opens the stadium pays for neither.
 *
 * <p>The stadium gets its own id, the lesson's plus {@code -stadium}, so its broadcast commands
 * never reach the lesson's device and the lesson's server never answers its sensors. Its
 * clients go to the broker the device pane uses; the app says their goodbyes before it stops
 * the broker.
 */
public final class StadiumTab {

    static final String SUFFIX = "-stadium";
    private static final String VIEW = "/lab/nightlight/ui/stadium/StadiumView.fxml";

    private final App app;
    private final Texts texts;
    private final StadiumViewModel model;
    private StadiumController controller;
    private ChangeListener<Scene> waitForTab;
    /** On the FX thread: pair events come through the window's executor. */
    private Where brokerSeen;
    private boolean disposed;

    @FXML
    private StackPane stadiumHolder;

    public StadiumTab(App app, Texts texts, Clock clock) {
        this.app = Objects.requireNonNull(app);
        this.texts = Objects.requireNonNull(texts);
        model = new StadiumViewModel(texts, settings -> new StadiumSession(topics(), app::extraConnection, settings),
                clock, new Random());
        app.closeAlso(model::closeSession);
        // The sensors' clients are the device pane's broker's: when that changes, they follow.
        brokerSeen = brokerNow();
        app.onPair(pair -> {
            Where now = brokerNow();
            // A window replaced by a language switch keeps its listener (the app has no removal):
            // it must not start sensors again for a tab nobody sees.
            if (!disposed && !now.equals(brokerSeen)) {
                brokerSeen = now;
                model.rejoin();
            }
        });
    }

    /** Where the sensors connect, and as whom: the device pane's profile, the broker, its login, the id. */
    private record Where(ConnectionProfile profile, BrokerAddress broker, BrokerSettings embedded, String id) {
    }

    private Where brokerNow() {
        App.Pair pair = app.pair();
        return new Where(app.profile(Pane.DEVICE), app.brokerAddress(), app.embeddedSettings(),
                pair == null ? null : pair.device().topics().id());
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

    @FXML
    private void initialize() {
        // The tab pane's skin puts the holder into the scene; then find its tab and wait for it.
        waitForTab = (o, before, scene) -> {
            if (scene != null) {
                stadiumHolder.sceneProperty().removeListener(waitForTab);
                Tab tab = tabOf(stadiumHolder);
                if (tab == null || tab.isSelected()) {
                    loadView();
                } else {
                    tab.selectedProperty().addListener((s, was, now) -> {
                        if (now) {
                            loadView();
                        }
                    });
                }
            }
        };
        stadiumHolder.sceneProperty().addListener(waitForTab);
    }

    private static Tab tabOf(Node content) {
        for (Parent p = content.getParent(); p != null; p = p.getParent()) {
            if (p instanceof TabPane pane) {
                return pane.getTabs().stream().filter(t -> t.getContent() == content).findFirst().orElse(null);
            }
        }
        return null;
    }

    private void loadView() {
        if (controller != null) {
            return;
        }
        FXMLLoader loader = new FXMLLoader(StadiumTab.class.getResource(VIEW), texts.bundle());
        loader.setControllerFactory(type -> {
            if (type != StadiumController.class) {
                throw new IllegalArgumentException("No controller for " + type);
            }
            controller = new StadiumController(model, texts);
            return controller;
        });
        try {
            stadiumHolder.getChildren().setAll((Node) loader.load());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the tab's frame timer and ends the stadium (its sensors and server say goodbye). */
    public void dispose() {
        disposed = true;
        if (controller != null) {
            controller.dispose();
        }
        model.closeSession();
    }
}
