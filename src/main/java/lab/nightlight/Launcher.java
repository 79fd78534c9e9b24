package lab.nightlight;

import java.util.Set;

/**
 * The jar's entry point. It does not extend {@code Application}, so {@code java -jar} works with
 * JavaFX on the class path. No arguments (or only window options such as {@code --snapshot})
 * opens the window; a command name ({@code broker}, {@code device}, {@code server}, ...) runs
 * that command headless.
 */
public final class Launcher {

    private static final Set<String> CLI_FLAGS = Set.of("-h", "--help", "-V", "--version");

    private Launcher() {
    }

    public static void main(String[] args) {
        // Our logging config, not the one inside the broker's jar (which logs INFO to stdout).
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "nightlight-logback.xml");
        }
        if (opensWindow(args)) {
            lab.nightlight.ui.DesktopApp.launch(args);
        } else {
            System.exit(lab.nightlight.cli.Cli.run(args));
        }
    }

    static boolean opensWindow(String[] args) {
        return args.length == 0 || (args[0].startsWith("-") && !CLI_FLAGS.contains(args[0]));
    }
}
