package lab.nightlight.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import lab.nightlight.i18n.Translations;

/**
 * The one bundle, messages.properties and messages_ko.properties, read as the app reads it, and
 * the two parts of it that two tests check: the window's keys (I18nBundleTest) and the
 * commands' keys (CliBundleTest). Every key is in exactly one part, so each check on a part
 * (every key in both languages, no key unused) covers the whole file between the two tests.
 */
public final class Bundles {

    /** The file the window and the commands read, English; messages_ko.properties beside it. */
    public static final String ENGLISH = "messages.properties";
    public static final String KOREAN = "messages_ko.properties";
    /** The commands' own sentences start with it, so they never meet a window key of the same name. */
    public static final String COMMANDS_PREFIX = "cli.";
    /** picocli looks the commands' help up by these fixed names, so they keep them. */
    public static final List<String> HELP_PREFIXES = List.of("usage.", "mixinStandardHelpOptions.", "helpCommand.",
            "option.", "nightlight-lab.");

    private Bundles() {
    }

    /** A help key, which picocli formats with String.format rather than MessageFormat. */
    public static boolean isHelp(String key) {
        return HELP_PREFIXES.stream().anyMatch(key::startsWith);
    }

    /** A key of the commands' part: a sentence they print ({@code cli.*}) or their help. */
    public static boolean isCommands(String key) {
        return key.startsWith(COMMANDS_PREFIX) || isHelp(key);
    }

    /** The window's part: every other key, the core's sentences that both say among them. */
    public static boolean isWindow(String key) {
        return !isCommands(key);
    }

    /** The keys of one part of a bundle, with their values. */
    public static Map<String, String> part(Map<String, String> bundle, Predicate<String> inPart) {
        Map<String, String> part = new TreeMap<>();
        bundle.forEach((k, v) -> {
            if (inPart.test(k)) {
                part.put(k, v);
            }
        });
        return part;
    }

    /** A bundle under lab/nightlight/i18n/, UTF-8 as Java 9+ reads property bundles. */
    public static Map<String, String> load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Bundles.class.getResourceAsStream("/lab/nightlight/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> map = new TreeMap<>();
        p.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }

    /** The keys as the file lists them, top to bottom (a Properties map forgets the order). */
    public static List<String> keysInFileOrder(String name) throws IOException {
        List<String> keys = new ArrayList<>();
        try (InputStream in = Bundles.class.getResourceAsStream("/lab/nightlight/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("!")) {
                    keys.add(trimmed.split("[=:\\s]", 2)[0]);
                }
            }
        }
        return keys;
    }

    /**
     * One part of every translation, by its file name: messages_ko.properties and any
     * messages_xx.properties added since, found as the app finds them, so a new language is
     * checked like Korean without a change here.
     */
    public static Map<String, Map<String, String>> translations(Predicate<String> inPart) throws IOException {
        Map<String, Map<String, String>> all = new TreeMap<>();
        for (Locale language : Translations.available()) {
            if (!language.equals(Locale.ENGLISH)) {
                String file = "messages_" + language.getLanguage() + ".properties";
                all.put(file, part(load(file), inPart));
            }
        }
        assertThat(all).as("translations found").containsKey(KOREAN);
        return all;
    }

    /** The same keys in English and a translation (in the part a test checks), none of them blank. */
    public static void assertSameKeysWithText(Map<String, String> english, Map<String, String> translation, String file) {
        Set<String> missing = new TreeSet<>(english.keySet());
        missing.removeAll(translation.keySet());
        Set<String> extra = new TreeSet<>(translation.keySet());
        extra.removeAll(english.keySet());
        assertThat(missing).as("keys missing in %s", file).isEmpty();
        assertThat(extra).as("keys only in %s", file).isEmpty();
        assertThat(english).allSatisfy((k, v) -> assertThat(v).as(k).isNotBlank());
        assertThat(translation).allSatisfy((k, v) -> assertThat(v).as("%s in %s", k, file).isNotBlank());
    }

    /** How many of the values contain Hangul, so a copied English value cannot pass as Korean. */
    public static long hangulValues(Map<String, String> korean) {
        return korean.values().stream().filter(v -> v.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)).count();
    }
}
