package lab.nightlight.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Loads and saves {@link Settings} as JSON in the user's config folder. A file that cannot be
 * read is set aside (renamed, never deleted), defaults are used, and the caller gets a sentence
 * to show. Saving writes a temporary file and moves it into place, so a crash never leaves half
 * a file.
 */
public final class SettingsStore {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private final Path file;

    /** What loading found: the settings to use, and a sentence when something was wrong (or null). */
    public record Loaded(Settings settings, String warning) {
    }

    public SettingsStore(Path folder) {
        this.file = folder.resolve("settings.json");
    }

    public Path file() {
        return file;
    }

    public Loaded load() {
        if (!Files.exists(file)) {
            return new Loaded(Settings.defaults(), null);
        }
        try {
            Settings s = JSON.readValue(file.toFile(), Settings.class);
            if (s == null) {
                throw new IOException("empty");
            }
            return new Loaded(s, null);
        } catch (IOException | RuntimeException e) {
            Path aside = file.resolveSibling("settings.json.unreadable-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                return new Loaded(Settings.defaults(), "Your settings file " + file + " could not be read, so the"
                        + " defaults are used for now.");
            }
            return new Loaded(Settings.defaults(), "Your settings file could not be read, so the defaults are used."
                    + " The old file was kept as " + aside.getFileName() + " in " + aside.getParent() + ".");
        }
    }

    public void save(Settings settings) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling("settings.json.tmp");
        JSON.writeValue(tmp.toFile(), settings.forStorage());
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
