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
 * read is set aside (renamed, never deleted), defaults are used, and the caller learns what
 * became of the file, to say in its own language. Saving writes a temporary file and moves it into place, so a crash never leaves half
 * a file.
 */
public final class SettingsStore {

    /**
     * Built on first read or write, not with the store: Jackson's data binding takes a few
     * hundred milliseconds to set up, which a first start with no settings file never needs.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    private final Path file;

    /** What loading found: the settings to use and, when the file could not be read, what became of it. */
    public record Loaded(Settings settings, Unreadable unreadable) {

        /** Null when all was well, otherwise the English sentence, for logs. */
        public String warning() {
            return unreadable == null ? null : unreadable.sentence();
        }
    }

    /**
     * The settings file could not be read: {@code keptAs} is where it was set aside, or null when
     * it could not be moved and stays at {@code file}. {@link #key()} and {@link #args()} say
     * what became of it in a window's own language (the window adds that the defaults are used).
     */
    public record Unreadable(Path file, Path keptAs) {

        /** {@code settings.unreadable.kept} (args: file name, folder) or {@code settings.unreadable.left} (arg: path). */
        public String key() {
            return keptAs == null ? "settings.unreadable.left" : "settings.unreadable.kept";
        }

        public Object[] args() {
            return keptAs == null ? new Object[] {file.toString()}
                    : new Object[] {keptAs.getFileName().toString(), String.valueOf(keptAs.getParent())};
        }

        public String sentence() {
            return keptAs == null
                    ? "Your settings file " + file + " could not be read, so the defaults are used for now."
                    : "Your settings file could not be read, so the defaults are used. The old file was kept as "
                            + keptAs.getFileName() + " in " + keptAs.getParent() + ".";
        }
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
            Settings s = Json.MAPPER.readValue(file.toFile(), Settings.class);
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
                return new Loaded(Settings.defaults(), new Unreadable(file, null));
            }
            return new Loaded(Settings.defaults(), new Unreadable(file, aside));
        }
    }

    public void save(Settings settings) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling("settings.json.tmp");
        Json.MAPPER.writeValue(tmp.toFile(), settings.forStorage());
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
