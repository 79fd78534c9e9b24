package lab.nightlight.ui;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import lab.nightlight.App;
import lab.nightlight.broker.BrokerSettings;
import lab.nightlight.guide.LessonGuide;
import lab.nightlight.lesson.DeviceIds;
import lab.nightlight.mqtt.MqttVersion;
import lab.nightlight.settings.SettingsStore;
import lab.nightlight.system.AppFolders;
import lab.nightlight.ui.classroom.ClassroomViewModel;
import lab.nightlight.ui.classroom.Zoom;
import lab.nightlight.ui.profiles.SavedProfiles;

/**
 * The window's life: builds the {@link App} (through a factory, so tests choose the broker),
 * shows the window at once while the broker starts in the background, and ends everything when
 * the window closes. Separate from {@code Application} so tests can run it on TestFX's stage.
 */
public final class Shell {

    /** Builds the app for the window; tests replace it to pick a broker port. */
    @FunctionalInterface
    public interface AppFactory {
        App create(String deviceId, WindowOptions options, Executor events);
    }

    /** Ends the program; tests replace it so that the JVM keeps running. */
    @FunctionalInterface
    public interface Exit {
        void exit(int code);
    }

    /** The embedded broker, or {@code --broker URL}; data under the user's app folder. */
    public static final AppFactory DEFAULT_APPS = (id, options, events) -> options.broker() == null
            ? new App(App.Config.embedded(id, AppFolders.data(), events))
            : new App(new App.Config(id, options.broker(), BrokerSettings.defaults(AppFolders.data()), MqttVersion.V5,
                    events));

    /**
     * Leaves the FX toolkit, then the JVM: the broker's and the MQTT client's threads must not
     * keep a closed window's process alive. System.exit runs on its own thread so that shutdown
     * hooks never wait for the FX thread that called it.
     */
    public static final Exit SYSTEM_EXIT = code -> {
        Platform.exit();
        new Thread(() -> System.exit(code), "nightlight-exit").start();
    };

    static final double WIDTH = 1280;
    static final double HEIGHT = 800;
    static final int[] ICON_SIZES = {16, 24, 32, 48, 64, 128, 256, 512};

    private final WindowOptions options;
    private final AppFactory apps;
    private final Exit exit;
    private final Clock clock;
    private final SettingsStore settings;
    private App app;
    private FxExecutor fx;
    private Stage stage;
    private boolean dark;
    private ClassroomViewModel classroom;
    private MainWindow window;
    private SnapshotWhenReady snapshot;
    private StartTimes startTimes;
    private boolean closed;

    public Shell(WindowOptions options, AppFactory apps, Exit exit, Clock clock) {
        this(options, apps, exit, clock, null);
    }

    /** @param settings where connection profiles are kept between runs (null: nowhere, as in tests) */
    public Shell(WindowOptions options, AppFactory apps, Exit exit, Clock clock, SettingsStore settings) {
        this.settings = settings;
        this.options = Objects.requireNonNull(options);
        this.apps = Objects.requireNonNull(apps);
        this.exit = Objects.requireNonNull(exit);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Shows the window and starts the app. On the FX thread. */
    public void start(Stage stage) {
        this.stage = stage;
        // The bundled Korean font (9 MB in the jar) is read on the other core while the window is
        // built: on the FX thread it cost 130 ms of the first frame (class-load log of a start).
        Thread fonts = new Thread(BundledFonts::hangulFamily, "nightlight-fonts");
        fonts.setDaemon(true);
        fonts.start();
        dark = options.dark();
        fx = new FxExecutor();
        app = apps.create(options.deviceId() == null ? DeviceIds.random() : options.deviceId(), options, fx);
        LessonGuide guide = new LessonGuide();
        // The guide follows the app, not a window: its ticks survive a language switch.
        app.onPair(pair -> guide.watch(pair.device(), pair.server()));
        classroom = new ClassroomViewModel(options.language(), options.presenter(), guide, fx);
        Texts texts = Texts.load(classroom.languageProperty().get());
        Theme theme = new Theme(dark, texts.locale());
        window = new MainWindow(app, texts, theme, fx, clock, settings, classroom);
        if (options.light() != null) {
            window.device().lightProperty().set(options.light());
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        javafx.scene.Parent root = window.load();
        switch (options.view()) {
            case PACKETS -> window.showPackets();
            case STADIUM -> window.showStadium();
            case LESSON -> {
                // the lesson's panes are the window's first tab
            }
        }
        Scene scene = new Scene(root, Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
        theme.install(scene);
        trackDark(theme);
        Zoom.install(scene, classroom);
        classroom.languageProperty().addListener((obs, old, language) -> relabel(language));
        stage.setScene(scene);
        stage.setTitle(texts.get("app.title"));
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        loadIcons(stage);
        stage.setOnCloseRequest(e -> shutdown(0));
        if (options.snapshot() != null) {
            startTimes = new StartTimes();
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> startTimes.shown());
            scene.addPostLayoutPulseListener(startTimes::pulse);
        }
        stage.show();
        if (options.snapshot() != null) {
            Executor writer = r -> new Thread(r, "nightlight-snapshot").start();
            snapshot = new SnapshotWhenReady(scene, window.device(), window.server(), options.snapshot(), writer, fx,
                    startTimes, this::shutdown);
            snapshot.arm();
        }
        // Returns at once; the broker starts in the background and the panes follow its events.
        if (settings == null || options.broker() != null) {
            app.start();
        } else {
            // The saved profiles are read off the FX thread; a --broker on the command line wins over them.
            window.savedProfiles().load().whenComplete((saved, e) -> {
                if (closed) {
                    return;
                }
                if (saved != null) {
                    app.switchProfiles(SavedProfiles.paneProfile(saved, saved.deviceProfile()),
                            SavedProfiles.paneProfile(saved, saved.serverProfile()));
                }
                app.start();
            });
        }
    }

    /**
     * Shows the window in another language: a new window (view models, FXML, bundle) on the same
     * scene, stage and app. The broker and both connections carry on; the old window stops
     * following the app. The light, threshold and QoS live in the device and server, so the new
     * panes show them as they were.
     */
    private void relabel(Locale language) {
        if (closed || window == null) {
            return;
        }
        MainWindow old = window;
        old.dispose();
        Texts texts = Texts.load(language);
        Theme theme = new Theme(dark, texts.locale());
        window = new MainWindow(app, texts, theme, fx, clock, settings, classroom);
        carryOver(old, window);
        Scene scene = stage.getScene();
        scene.getStylesheets().clear();
        scene.setRoot(window.load());
        theme.install(scene);
        trackDark(theme);
        stage.setTitle(texts.get("app.title"));
    }

    /**
     * The panes' view models push their settings to the device and server when they attach, so a
     * new window must start from the old one's settings, not from the defaults.
     */
    private static void carryOver(MainWindow from, MainWindow to) {
        to.device().lightProperty().set(from.device().lightProperty().get());
        to.device().intervalSecondsProperty().set(from.device().intervalSecondsProperty().get());
        to.device().sendOnChangeProperty().set(from.device().sendOnChangeProperty().get());
        to.device().telemetryQosProperty().set(from.device().telemetryQosProperty().get());
        to.server().thresholdProperty().set(from.server().thresholdProperty().get());
        to.server().subscriptionQosProperty().set(from.server().subscriptionQosProperty().get());
        to.server().commandQosProperty().set(from.server().commandQosProperty().get());
        to.server().retainCommandsProperty().set(from.server().retainCommandsProperty().get());
        to.server().pausedProperty().set(from.server().pausedProperty().get());
    }

    private void trackDark(Theme theme) {
        theme.darkProperty().addListener((obs, old, now) -> dark = now);
    }

    /** What the classroom chose: language, presenter mode, side panel, zoom (for tests). */
    public ClassroomViewModel classroom() {
        return classroom;
    }

    /** The app this window shows (for tests). */
    public App app() {
        return app;
    }

    /** The milestones of this start; null without --snapshot. */
    StartTimes startTimes() {
        return startTimes;
    }

    public MainWindow window() {
        return window;
    }

    /**
     * Ends the window and the app: timers stop, the app closes (its broker stops in the
     * background), then {@link Exit}. Safe to call more than once. On the FX thread.
     */
    public void shutdown(int code) {
        if (closed) {
            return;
        }
        closed = true;
        if (snapshot != null) {
            snapshot.cancel();
        }
        if (window != null) {
            window.dispose();
        }
        if (app != null) {
            app.close();
        }
        // Hidden while the toolkit still renders: hidden by the toolkit's own exit instead, the
        // window got its last mouse event after the graphics pipeline was gone, and JavaFX
        // printed a NullPointerException from its picking code (a known JavaFX shutdown race;
        // under Xvfb 3 of about 55 exits before this, none of 25 after).
        if (stage != null) {
            stage.hide();
        }
        exit.exit(code);
    }

    /**
     * The window's icons are decoded on another thread and given to the window when ready: eight
     * PNGs took 26-44 ms of the FX thread before the first frame, and the taskbar can show the
     * icon a moment later.
     */
    private void loadIcons(Stage stage) {
        Thread t = new Thread(() -> {
            List<Image> icons = readIcons();
            fx.execute(() -> {
                if (!closed) {
                    stage.getIcons().setAll(icons);
                }
            });
        }, "nightlight-icons");
        t.setDaemon(true);
        t.start();
    }

    private static List<Image> readIcons() {
        List<Image> icons = new ArrayList<>();
        for (int size : ICON_SIZES) {
            try (InputStream in = Shell.class.getResourceAsStream("/lab/nightlight/icons/nightlight-" + size + ".png")) {
                if (in != null) {
                    icons.add(new Image(in));
                }
            } catch (IOException e) {
                // an icon less is no reason not to open the window
            }
        }
        return icons;
    }
}
