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
        WindowOptions options;
        try {
            options = WindowOptions.parse(List.of(args));
        } catch (WindowOptions.Invalid e) {
            StdErr.say(WindowOptions.problem(List.of(args), System.getenv("NIGHTLIGHT_LANG"), Locale.getDefault()));
            System.exit(2);
            return;
        }
        // While the toolkit starts (mostly native work, on its own thread) the other core finds
        // the languages and reads the window's words: on the FX thread that was 17-31 ms before
        // the first frame, its code still cold. Both are cached for the window to take.
        Thread words = new Thread(() -> Texts.load(options.language()), "nightlight-words");
        words.setDaemon(true);
        words.start();
        Application.launch(NightlightApplication.class, args);
    }
}
