package lab.nightlight.ui;

import java.util.List;
import java.util.Locale;
import javafx.application.Application;

/**
 * Opens the window. Called by the launcher with every argument (window options such as
 * {@code --snapshot FILE}, {@code --id ID}, {@code --broker URL}, {@code --lang ko}, {@code --dark}).
 */
public final class DesktopApp {

    private DesktopApp() {
    }

    public static void launch(String[] args) {
        String problem = WindowOptions.problem(List.of(args), System.getenv("NIGHTLIGHT_LANG"), Locale.getDefault());
        if (problem != null) {
            StdErr.say(problem);
            System.exit(2);
            return;
        }
        Application.launch(NightlightApplication.class, args);
    }
}
