package lab.nightlight.ui;

import java.time.Clock;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: hands the stage to a {@link Shell} and lets it end the program. */
public final class NightlightApplication extends Application {

    private Shell shell;

    @Override
    public void start(Stage stage) {
        // DesktopApp.launch already checked the options; a failure here is a programming error.
        WindowOptions options = WindowOptions.parse(getParameters().getRaw());
        shell = new Shell(options, Shell.DEFAULT_APPS, Shell.SYSTEM_EXIT, Clock.systemDefaultZone(),
                // A snapshot shows the defaults, never whatever broker this user saved.
                options.snapshot() != null ? null
                        : new lab.nightlight.settings.SettingsStore(lab.nightlight.system.AppFolders.config()));
        shell.start(stage);
    }

    /** The toolkit is ending (the last window closed, or Platform.exit): end the app too. */
    @Override
    public void stop() {
        if (shell != null) {
            shell.shutdown(0);
        }
    }
}
