package lab.nightlight.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;

/**
 * Which language the commands speak. {@code --lang xx} (anywhere before {@code --}) wins; then
 * the {@value #ENVIRONMENT} variable; then the machine's language ({@link Locale#getDefault()},
 * which Java takes from {@code LANG} or the system settings) when the commands have a bundle for
 * it; else English. A language is available when {@code cli_xx.properties} is on the class path,
 * so adding one needs no change here.
 */
final class CliLanguage {

    static final String OPTION = "--lang";
    static final String ENVIRONMENT = "NIGHTLIGHT_LANG";
    private static final String BUNDLE_PATH = "/" + CliTexts.BUNDLE.replace('.', '/');
    private static List<Locale> available;

    private CliLanguage() {
    }

    /**
     * The language for this run. An unusable {@code --lang} value falls through to the next
     * choice here; the option's converter then reports it, in that language.
     */
    static Locale choose(String[] args, String environment, Locale machine) {
        Locale asked = forCode(asked(args));
        if (asked != null) {
            return asked;
        }
        Locale fromEnvironment = forCode(environment);
        if (fromEnvironment != null) {
            return fromEnvironment;
        }
        Locale fromMachine = forCode(machine.getLanguage());
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

    /** English first, then every language with a CLI bundle, in the order of their codes. */
    static synchronized List<Locale> available() {
        if (available == null) {
            List<Locale> found = new ArrayList<>();
            found.add(Locale.ENGLISH);
            for (String code : Locale.getISOLanguages()) {
                if (!code.equals("en") && CliLanguage.class.getResource(BUNDLE_PATH + "_" + code + ".properties") != null) {
                    found.add(Locale.forLanguageTag(code));
                }
            }
            available = List.copyOf(found);
        }
        return available;
    }

    /** The language for a code such as "ko" (or "ko_KR", "ko-KR"), or null when there is no bundle for it. */
    static Locale forCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT).split("[_\\-.]")[0];
        return available().stream().filter(l -> l.getLanguage().equals(wanted)).findFirst().orElse(null);
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
                throw new OptionProblem("value.notLanguage", value, String.join(", ", new Codes()));
            }
            return found;
        }
    }
}
