package lab.nightlight.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import lab.nightlight.i18n.Translations;
import picocli.CommandLine.ITypeConverter;

/**
 * Which language the commands speak. {@code --lang xx} (anywhere before {@code --}) wins; then
 * the {@value #ENVIRONMENT} variable; then the machine's language ({@link Locale#getDefault()},
 * which Java takes from {@code LANG} or the system settings) when there is a bundle for it; else
 * English. A language is available when {@code messages_xx.properties}, the one file the window
 * reads too, is on the class path ({@link Translations}), so adding one needs no change here.
 */
final class CliLanguage {

    static final String OPTION = "--lang";
    static final String ENVIRONMENT = "NIGHTLIGHT_LANG";

    private CliLanguage() {
    }

    /**
     * The language for this run. An unusable {@code --lang} value falls through to the next
     * choice here; the option's converter then reports it, in that language.
     */
    static Locale choose(String[] args, String environment, Locale machine) {
        return choose(args, environment, machine, available());
    }

    /** The same among the given languages: a test hands in the ones a class loader with one more file finds. */
    static Locale choose(String[] args, String environment, Locale machine, List<Locale> languages) {
        Locale asked = Translations.find(asked(args), languages);
        if (asked != null) {
            return asked;
        }
        Locale fromEnvironment = Translations.find(environment, languages);
        if (fromEnvironment != null) {
            return fromEnvironment;
        }
        Locale fromMachine = Translations.find(machine.getLanguage(), languages);
        return fromMachine != null ? fromMachine : Locale.ENGLISH;
    }

    /**
     * The value of the last {@code --lang} before {@code --}, or null. Read before picocli parses,
     * because the help and every message must already be in the language asked for.
     */
    static String asked(String[] args) {
        String value = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                break;
            }
            if (arg.equals(OPTION) && i + 1 < args.length) {
                value = args[++i];
            } else if (arg.startsWith(OPTION + "=")) {
                value = arg.substring(OPTION.length() + 1);
            }
        }
        return value;
    }

    /** English first, then every language with a bundle, in the order of their codes. */
    static List<Locale> available() {
        return Translations.available();
    }

    /** The language for a code such as "ko" (or "ko_KR", "ko-KR"), or null when there is no bundle for it. */
    static Locale forCode(String code) {
        return Translations.find(code, available());
    }

    /** "en, ko": for the option's help ({@code ${COMPLETION-CANDIDATES}}) and its error. */
    static final class Codes implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return available().stream().map(Locale::getLanguage).iterator();
        }
    }

    /** Checks {@code --lang}; the language itself was already chosen by {@link #choose}. */
    static final class Code implements ITypeConverter<Locale> {
        @Override
        public Locale convert(String value) {
            Locale found = forCode(value);
            if (found == null) {
                throw new OptionProblem("cli.value.notLanguage", value, String.join(", ", new Codes()));
            }
            return found;
        }
    }
}
