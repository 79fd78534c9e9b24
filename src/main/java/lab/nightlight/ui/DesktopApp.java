package lab.nightlight.ui;

import java.util.List;
import javafx.application.Application;

/**
 * Opens the window. Called by the launcher with every argument (window options such as
 * {@code --snapshot FILE}, {@code --id ID}, {@code --broker URL}, {@code --lang ko}, {@code --dark}).
 */
public final class DesktopApp {

    private DesktopApp() {
    }

    public static void launch(String[] args) {
        try {
            WindowOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            StdErr.say(e.getMessage());
            System.exit(2);
            return;
        }
        Application.launch(NightlightApplication.class, args);
    }
}
