package lab.nightlight.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Nightlight Lab's words: one bundle, {@code lab/nightlight/i18n/messages.properties} (English)
 * and one {@code messages_xx.properties} per other language, read by the window and the commands
 * alike. Adding a language is adding that one file (docs/TRANSLATING.md): nothing here or
 * anywhere else lists the languages. No JavaFX, so the commands can use it headless.
 */
public final class Translations {

    public static final String BUNDLE = "lab.nightlight.i18n.messages";
    private static final String PATH = BUNDLE.replace('.', '/');
    private static List<Locale> available;

    private Translations() {
    }

    /**
     * The bundle for a language. No fallback to the machine's language: on a Korean machine
     * {@code --lang en} must still be English. A key the language lacks comes from English.
     */
    public static ResourceBundle bundle(Locale locale) {
        return bundle(locale, Translations.class.getClassLoader());
    }

    /** The bundle as {@code loader} finds it: a test hands in a loader that sees one more language. */
    public static ResourceBundle bundle(Locale locale, ClassLoader loader) {
        return ResourceBundle.getBundle(BUNDLE, Objects.requireNonNull(locale), loader,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** English first, then every language with a {@code messages_xx.properties}, in the order of their codes. */
    public static synchronized List<Locale> available() {
        if (available == null) {
            available = available(Translations.class.getClassLoader());
        }
        return available;
    }

    /** The languages {@code loader} finds, looked for afresh. */
    public static List<Locale> available(ClassLoader loader) {
        List<Locale> found = new ArrayList<>();
        found.add(Locale.ENGLISH);
        for (String code : Locale.getISOLanguages()) {
            if (!code.equals("en") && loader.getResource(PATH + "_" + code + ".properties") != null) {
                found.add(Locale.forLanguageTag(code));
            }
        }
        return List.copyOf(found);
    }

    /**
     * The language among {@code languages} for a code as people and environments write it: "ko",
     * "KO", "ko_KR", "ko-KR", "ko_KR.UTF-8". Null when the code is blank or none of them speaks it.
     */
    public static Locale find(String code, List<Locale> languages) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT).split("[_\\-.]")[0];
        return languages.stream().filter(l -> l.getLanguage().equals(wanted)).findFirst().orElse(null);
    }
}
