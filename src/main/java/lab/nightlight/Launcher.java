package lab.nightlight;

import java.util.Set;

/**
 * The jar's entry point. It does not extend {@code Application}, so {@code java -jar} works with
 * JavaFX on the class path. No arguments (or only window options such as {@code --snapshot})
 * opens the window; a command name ({@code broker}, {@code device}, {@code server}, ...) runs
 * that command headless, after a {@code --lang} if there is one.
 */
public final class Launcher {

    private static final Set<String> CLI_FLAGS = Set.of("-h", "--help", "-V", "--version");
    private static final String LANG = "--lang";

    private Launcher() {
    }

    public static void main(String[] args) {
        if (opensWindow(args)) {
            lab.nightlight.ui.DesktopApp.launch(args);
        } else {
            System.exit(lab.nightlight.cli.Cli.run(args));
        }
    }

    /**
     * A leading {@code --lang xx} belongs to both (the window's language, or the commands'), so
     * the choice is made on what follows it: {@code --lang ko broker} runs the broker in Korean,
     * {@code --lang ko} alone opens the window in Korean.
     */
    static boolean opensWindow(String[] args) {
        int first = 0;
        while (first < args.length && (args[first].equals(LANG) || args[first].startsWith(LANG + "="))) {
            first += args[first].equals(LANG) ? 2 : 1;
        }
        return first >= args.length || (args[first].startsWith("-") && !CLI_FLAGS.contains(args[first]));
    }
}
