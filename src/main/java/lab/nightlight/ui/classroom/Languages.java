package lab.nightlight.ui.classroom;

import java.util.List;
import java.util.Locale;
import lab.nightlight.i18n.Translations;

/**
 * The languages the window speaks: English (the base bundle) and every language with a
 * {@code messages_xx.properties} beside it, as {@link Translations} finds them for the window and
 * the commands alike. Adding a language is adding that one file (docs/TRANSLATING.md); the
 * switcher and {@code --lang} find it here.
 */
public final class Languages {

    private Languages() {
    }

    /** English first, then the translations in the order of their ISO codes. */
    public static List<Locale> available() {
        return Translations.available();
    }

    /** The language for a code such as "ko" (or "ko_KR.UTF-8"), or null when there is no bundle for it. */
    public static Locale forCode(String code) {
        return Translations.find(code, available());
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
