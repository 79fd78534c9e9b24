package lab.nightlight.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import lab.nightlight.i18n.Translations;

/**
 * The window's words: one {@link ResourceBundle} ({@link Translations#BUNDLE}, which the commands
 * read too) for the FXML ({@code %key}) and the code. Values used with arguments are {@link MessageFormat}
 * patterns; values without are plain text (FXML shows them as they are).
 */
public final class Texts {

    private final ResourceBundle bundle;
    /** Parsed patterns: parsing one costs more than filling it in, and counters are filled in every frame. */
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    public Texts(ResourceBundle bundle) {
        this.bundle = Objects.requireNonNull(bundle);
    }

    /**
     * The bundle for a language. No fallback to the machine's default locale: on a Korean
     * machine {@code --lang en} must still be English.
     */
    public static Texts load(Locale locale) {
        return new Texts(Translations.bundle(locale));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        Locale l = bundle.getLocale();
        return l == null || l.getLanguage().isEmpty() ? Locale.ENGLISH : l;
    }

    /** The plain text of a key; a missing key shows as itself rather than failing the window. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The text of a key whose value is a {@link MessageFormat} pattern, filled in. */
    public String format(String key, Object... args) {
        MessageFormat pattern = formats.computeIfAbsent(key, k -> new MessageFormat(get(k), locale()));
        // A MessageFormat is not safe to share between threads while it formats.
        synchronized (pattern) {
            return pattern.format(args);
        }
    }
}
