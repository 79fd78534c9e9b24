package lab.nightlight.ui.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lab.nightlight.ui.Texts;

/**
 * The languages the window speaks: English (the base bundle) and every language with a
 * {@code messages_xx.properties} beside it. Adding a language is adding that one file
 * (docs/TRANSLATING.md); the switcher and {@code --lang} find it here.
 */
public final class Languages {

    private static final String BUNDLE_PATH = "/" + Texts.BUNDLE.replace('.', '/');
    private static List<Locale> available;

    private Languages() {
    }

    /** English first, then the translations in the order of their ISO codes. */
    public static synchronized List<Locale> available() {
        if (available == null) {
            List<Locale> found = new ArrayList<>();
            found.add(Locale.ENGLISH);
            for (String code : Locale.getISOLanguages()) {
                if (!code.equals("en") && Languages.class.getResource(BUNDLE_PATH + "_" + code + ".properties") != null) {
                    found.add(Locale.forLanguageTag(code));
                }
            }
            available = List.copyOf(found);
        }
        return available;
    }

    /** The language for a code such as "ko", or null when there is no bundle for it. */
    public static Locale forCode(String code) {
        String wanted = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        return available().stream().filter(l -> l.getLanguage().equals(wanted)).findFirst().orElse(null);
    }

    /** The machine's language if we speak it, else English. */
    public static Locale machine(Locale machine) {
        Locale found = forCode(machine.getLanguage());
        return found == null ? Locale.ENGLISH : found;
    }

    /** A language's name in itself ("English", "한국어"): what a speaker looks for in a list. */
    public static String nativeName(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? locale.getLanguage() : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
