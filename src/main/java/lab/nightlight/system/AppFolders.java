package lab.nightlight.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The app's own folders under the user's home, per OS convention. Nothing is written beside the
 * jar (read-only in an installed app) or outside the user's folders.
 */
public final class AppFolders {

    private static final String APP = "nightlight-lab";

    private AppFolders() {
    }

    /** Settings: ~/.config/nightlight-lab, %APPDATA%\Nightlight Lab, ~/Library/Application Support/Nightlight Lab. */
    public static Path config() {
        return base(System.getenv("XDG_CONFIG_HOME"), ".config");
    }

    /** Working data such as the embedded broker's folders: ~/.local/share/nightlight-lab on Linux. */
    public static Path data() {
        return base(System.getenv("XDG_DATA_HOME"), ".local/share");
    }

    private static Path base(String xdg, String linuxDefault) {
        String override = System.getProperty("nightlight.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("LOCALAPPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData/Local")).resolve("Nightlight Lab");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/Nightlight Lab");
        }
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(linuxDefault)).resolve(APP);
    }

    /** Deletes a folder and everything in it; quietly ignores what is already gone. */
    public static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // A file still held open (Windows) stays; the next start cleans it.
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
