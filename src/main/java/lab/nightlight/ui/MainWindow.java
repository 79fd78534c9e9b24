package lab.nightlight.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import lab.nightlight.App;
import lab.nightlight.Pane;
import lab.nightlight.ui.classroom.ClassroomPanes;
import lab.nightlight.ui.classroom.ClassroomViewModel;
import lab.nightlight.ui.chart.ChartFeed;
import lab.nightlight.ui.chart.LightHistory;
import lab.nightlight.ui.connection.ConnectionBarController;
import lab.nightlight.ui.connection.ConnectionBarViewModel;
import lab.nightlight.ui.device.DevicePaneController;
import lab.nightlight.ui.device.DeviceViewModel;
import lab.nightlight.ui.messages.MessageBannerController;
import lab.nightlight.ui.messages.MessagesViewModel;
import lab.nightlight.ui.profiles.AppConnections;
import lab.nightlight.ui.profiles.ConnectionWatchViewModel;
import lab.nightlight.ui.profiles.ProfileDialog;
import lab.nightlight.ui.profiles.ProfileFormViewModel;
import lab.nightlight.ui.profiles.ProfileStripController;
import lab.nightlight.ui.profiles.SavedProfiles;
import lab.nightlight.ui.packets.DemoPanelController;
import lab.nightlight.ui.packets.DemoViewModel;
import lab.nightlight.ui.packets.PacketsController;
import lab.nightlight.ui.packets.SequenceModel;
import lab.nightlight.ui.server.ServerPaneController;
import lab.nightlight.ui.server.ServerViewModel;
import lab.nightlight.ui.stadium.StadiumTab;

/**
 * Puts the window together for one {@link App}: the view models, the FXML with their
 * controllers, and the app's events. When the device id changes, {@code App.onPair} hands over
 * the new device and server and every pane follows them.
 */
public final class MainWindow {

    private final App app;
    private final Texts texts;
    private final Theme theme;
    private final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "nightlight-ui-background");
        t.setDaemon(true);
        return t;
    });
    private final MessagesViewModel messages;
    private final ConnectionBarViewModel connection;
    private final DeviceViewModel device;
    private final ServerViewModel server;
    private final ChartFeed chart = new ChartFeed(new LightHistory());
    private final ClassroomPanes classroom;
    private boolean disposed;
    private final SavedProfiles saved;
    private final ConnectionWatchViewModel watch;
    private final ProfileDialog profileDialog;
    private final lab.nightlight.ui.about.AboutDialog aboutDialog;
    private final FxExecutor fx;
    private final SequenceModel packets;
    private final DemoViewModel demos;
    private final StadiumTab stadium;
    private AutoCloseable packetListener;
    private MainViewController controller;
    private ProfileStripController strip;
    private PacketsController packetsController;
    private Parent root;

    /**
     * @param fx        the executor the app delivers its events on (the same {@link FxExecutor})
     * @param settings  where the connection profiles are kept between runs (null: nowhere)
     * @param classroom the classroom's choices (language, presenter, guide), kept by the shell across rebuilds
     */
    public MainWindow(App app, Texts texts, Theme theme, FxExecutor fx, Clock clock,
                      lab.nightlight.settings.SettingsStore settings, ClassroomViewModel classroom) {
        this.app = Objects.requireNonNull(app);
        this.texts = Objects.requireNonNull(texts);
        this.theme = Objects.requireNonNull(theme);
        this.clock = Objects.requireNonNull(clock);
        messages = new MessagesViewModel(clock);
        connection = new ConnectionBarViewModel(texts, messages, app.brokerStatus());
        device = new DeviceViewModel(texts, messages, app::changeDeviceId, fx, clock);
        server = new ServerViewModel(texts, messages, background, fx, clock);
        this.classroom = new ClassroomPanes(classroom, device, server, texts, app::brokerAddress,
                () -> app.sessionOptions(Pane.DEVICE).version());
        saved = new SavedProfiles(settings, background, fx, texts, messages);
        AppConnections connections = new AppConnections(app);
        profileDialog = new ProfileDialog(() -> new ProfileFormViewModel(texts, messages, connections, saved::save), texts);
        watch = new ConnectionWatchViewModel(texts, clock, this::openProfiles, id -> {
            device.idTextProperty().set(id);
            device.applyId();
        });
        aboutDialog = new lab.nightlight.ui.about.AboutDialog(texts);
        this.fx = fx;
        packets = new SequenceModel(texts);
        demos = new DemoViewModel(app, packets, texts, fx);
        stadium = new StadiumTab(app, texts, clock);
    }

    /** Opens the About dialog (version, bundled components, licences) over the window. */
    public void openAbout() {
        aboutDialog.show(root == null || root.getScene() == null ? null : root.getScene().getWindow());
    }

    /** Opens the connection dialog over the window. */
    public void openProfiles() {
        profileDialog.show(root == null || root.getScene() == null ? null : root.getScene().getWindow());
    }

    /** The connection profiles kept between runs. */
    public SavedProfiles savedProfiles() {
        return saved;
    }

    /** Loads the view and starts following the app. Call once, on the FX thread. */
    public Parent load() {
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("/lab/nightlight/ui/MainView.fxml"),
                texts.bundle());
        javafx.util.Callback<Class<?>, Object> controllers = type -> {
            if (type == MainViewController.class) {
                return new MainViewController();
            }
            if (type == ConnectionBarController.class) {
                return new ConnectionBarController(connection, app::brokerStats, theme, texts, clock, this::openAbout);
            }
            if (type == ProfileStripController.class) {
                strip = new ProfileStripController(watch, this::openProfiles, clock);
                return strip;
            }
            if (type == MessageBannerController.class) {
                return new MessageBannerController(messages, texts);
            }
            if (type == DevicePaneController.class) {
                return new DevicePaneController(device, texts);
            }
            if (type == ServerPaneController.class) {
                return new ServerPaneController(server, chart.history(), texts);
            }
            if (type == PacketsController.class) {
                packetsController = new PacketsController(packets, texts, app.vantage(), background, fx, messages,
                        theme.darkProperty());
                return packetsController;
            }
            if (type == DemoPanelController.class) {
                return new DemoPanelController(demos, texts);
            }
            if (type == StadiumTab.class) {
                return stadium;
            }
            Object classroomController = classroom.controller(type);
            if (classroomController != null) {
                return classroomController;
            }
            throw new IllegalArgumentException("No controller for " + type);
        };
        loader.setControllerFactory(controllers);
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        controller = loader.getController();
        Views views = new Views(texts.bundle(), controllers);
        controller.loadPacketsWhenChosen(() -> views.load("/lab/nightlight/ui/packets/PacketsView.fxml"));
        classroom.wire(root, views);
        // The app outlives a window rebuilt for another language: a disposed window stops following.
        app.onBrokerStatus(status -> {
            if (!disposed) {
                connection.brokerStatus(status);
                watch.brokerStatus(status);
                classroom.code().refresh();
            }
        });
        watch.brokerStatus(app.brokerStatus());
        app.onPair(this::follow);
        // Broker or relay threads: the model only queues; the view takes them once a frame.
        packetListener = app.packets().listen(packets::offer);
        // Both panes moved off the embedded broker (or back): packets are seen elsewhere now.
        app.onVantage(vantage -> {
            if (!disposed) {
                stopListening();
                packetListener = app.packets().listen(packets::offer);
                if (packetsController != null) {
                    packetsController.showVantage(vantage);
                }
            }
        });
        if (app.pair() != null) {
            follow(app.pair());
        }
        messages.info("welcome", texts.get("messages.welcome"));
        return root;
    }

    private void follow(App.Pair pair) {
        if (disposed) {
            return;
        }
        device.attach(pair.device());
        server.attach(pair.server());
        chart.attach(pair.device(), pair.server());
        watch.attach(lab.nightlight.Pane.DEVICE, pair.device().connection());
        watch.attach(lab.nightlight.Pane.SERVER, pair.server().connection());
        demos.attach(pair);
    }

    /** Brings the packets view to the front (the window option {@code --view packets}). */
    public void showPackets() {
        controller.showPackets();
    }

    /** Brings the stadium to the front (the window option {@code --view stadium}). */
    public void showStadium() {
        controller.showStadium();
    }

    public SequenceModel packets() {
        return packets;
    }

    public DemoViewModel demos() {
        return demos;
    }

    public StadiumTab stadium() {
        return stadium;
    }

    public MessagesViewModel messages() {
        return messages;
    }

    public DeviceViewModel device() {
        return device;
    }

    public ServerViewModel server() {
        return server;
    }

    /** Stops the panes' timers and stops following the app. */
    public void dispose() {
        disposed = true;
        if (controller != null) {
            controller.dispose();
        }
        if (strip != null) {
            strip.dispose();
        }
        if (packetsController != null) {
            packetsController.dispose();
        }
        profileDialog.close();
        aboutDialog.close();
        watch.detach(lab.nightlight.Pane.DEVICE);
        watch.detach(lab.nightlight.Pane.SERVER);
        device.detach();
        server.detach();
        chart.detach();
        demos.dispose();
        stadium.dispose();
        stopListening();
        background.shutdownNow();
    }

    private void stopListening() {
        if (packetListener != null) {
            try {
                packetListener.close();
            } catch (Exception e) {
                // removing a listener from a list does not fail
            }
        }
    }
}
