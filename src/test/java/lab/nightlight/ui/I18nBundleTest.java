package lab.nightlight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lab.nightlight.broker.BrokerProblem;
import lab.nightlight.lesson.DeviceIds;
import lab.nightlight.lesson.Rejection;
import lab.nightlight.mqtt.MqttProblem;
import lab.nightlight.server.LogEntry;
import lab.nightlight.settings.SettingsStore;
import org.junit.jupiter.api.BeforeAll;
import lab.nightlight.support.Bundles;
import org.junit.jupiter.api.Test;

/**
 * The window's part of the one bundle (every key but the commands'; {@link Bundles#isWindow})
 * against the code and the FXML, without a toolkit: every key in both languages, no key unused,
 * no key used that is missing, no visible text in FXML that bypasses the bundle, and patterns
 * that MessageFormat reads the same way in both languages. CliBundleTest checks the commands'
 * part, at the end of the same file.
 */
class I18nBundleTest {

    private static final Path MAIN_JAVA = Path.of("src/main/java/lab/nightlight/ui");
    private static final Path MAIN_FXML = Path.of("src/main/resources/lab/nightlight/ui");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([\\w.\\-]+)\"");
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"([a-z][\\w\\-]*(?:\\.[\\w\\-]+)+)\"");
    private static final Pattern JAVA_LOOKUP = Pattern.compile("texts\\.(?:get|format)\\(\\s*\"([^\"]+)\"");
    /** Attributes whose value a person reads. */
    private static final Pattern VISIBLE_ATTRIBUTE = Pattern.compile(
            "\\b(text|promptText|title|accessibleText|accessibleHelp|headerText)=\"([^\"]*)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    private static Map<String, String> english;
    private static Map<String, String> korean;
    /** Korean and any language added since, by file name. */
    private static Map<String, Map<String, String>> translations;

    @BeforeAll
    static void load() throws IOException {
        english = Bundles.part(Bundles.load(Bundles.ENGLISH), Bundles::isWindow);
        translations = Bundles.translations(Bundles::isWindow);
        korean = translations.get(Bundles.KOREAN);
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static Set<String> matches(Pattern pattern, List<Path> files) throws IOException {
        Set<String> found = new TreeSet<>();
        for (Path f : files) {
            Matcher m = pattern.matcher(Files.readString(f));
            while (m.find()) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    /** Keys the code builds from stable codes in the core rather than writes out. */
    private static Set<String> keysFromCoreCodes() {
        Set<String> keys = new TreeSet<>();
        for (MqttProblem.Kind kind : MqttProblem.Kind.values()) {
            keys.add(kind.key());
            keys.add(kind.nextStepKey());
        }
        for (BrokerProblem.Kind kind : BrokerProblem.Kind.values()) {
            keys.add(kind.key());
        }
        Path settings = Path.of("settings.json");
        keys.add(new SettingsStore.Unreadable(settings, null).key());
        keys.add(new SettingsStore.Unreadable(settings, Path.of("settings.json.unreadable-1")).key());
        for (lab.nightlight.mqtt.TopicFilter.Problem problem : lab.nightlight.mqtt.TopicFilter.Problem.values()) {
            keys.add(problem.key());
        }
        // The server's log says why it decided as it did.
        for (lab.nightlight.lesson.Command command : List.of(lab.nightlight.lesson.Command.of(true),
                lab.nightlight.lesson.Command.of(false))) {
            keys.add(new LogEntry(1, java.time.Instant.EPOCH, "t", lab.nightlight.mqtt.Qos.AT_MOST_ONCE, false,
                    new lab.nightlight.lesson.Telemetry(1), 300, command, null).explanationKey());
        }
        keys.add(new LogEntry(1, java.time.Instant.EPOCH, "t", lab.nightlight.mqtt.Qos.AT_MOST_ONCE, false, null, 300,
                null, new Rejection(Rejection.Reason.EMPTY, null, null)).explanationKey());
        for (lab.nightlight.mqtt.BrokerAddress.Invalid.Kind kind : lab.nightlight.mqtt.BrokerAddress.Invalid.Kind.values()) {
            keys.add(kind.key());
        }
        for (Rejection.Reason reason : Rejection.Reason.values()) {
            keys.add(reason.key());
        }
        for (lab.nightlight.guide.LessonStep step : lab.nightlight.guide.LessonStep.values()) {
            keys.add(step.key());
        }
        // The packets view explains a clicked arrow by its type.
        for (lab.nightlight.trace.PacketType type : lab.nightlight.trace.PacketType.values()) {
            keys.add(type.explanationKey());
        }
        for (String id : List.of("", "x".repeat(DeviceIds.MAX_LENGTH + 1), "a/b", "a b", "$SYS", "a\uD800b")) {
            keys.add(DeviceIds.problemKey(id));
        }
        return keys;
    }

    @Test
    void everyLanguageHasEveryKeyWithText() {
        translations.forEach((file, translation) -> Bundles.assertSameKeysWithText(english, translation, file));
    }

    @Test
    void koreanIsActuallyKorean() {
        long hangul = Bundles.hangulValues(korean);
        // Numbers, QoS digits, the app's name and the like may stay as they are; sentences may not.
        assertThat(hangul).isGreaterThan(korean.size() * 8L / 10);
    }

    @Test
    void everyKeyIsUsedByTheCodeOrTheFxml() throws IOException {
        Set<String> used = new TreeSet<>();
        used.addAll(matches(FXML_KEY, files(MAIN_FXML, ".fxml")));
        used.addAll(matches(JAVA_LITERAL, files(MAIN_JAVA, ".java")));
        used.addAll(keysFromCoreCodes());
        Set<String> unused = new TreeSet<>(english.keySet());
        unused.removeAll(used);
        assertThat(unused).as("keys no code or FXML uses").isEmpty();
    }

    @Test
    void everyKeyTheCodeAndFxmlAskForExists() throws IOException {
        Set<String> asked = new TreeSet<>();
        asked.addAll(matches(FXML_KEY, files(MAIN_FXML, ".fxml")));
        asked.addAll(matches(JAVA_LOOKUP, files(MAIN_JAVA, ".java")));
        asked.addAll(keysFromCoreCodes());
        asked.removeAll(english.keySet());
        assertThat(asked).as("keys asked for but missing from the window's part of the bundle").isEmpty();
    }

    @Test
    void fxmlShowsNoTextThatBypassesTheBundle() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path f : files(MAIN_FXML, ".fxml")) {
            Matcher m = VISIBLE_ATTRIBUTE.matcher(Files.readString(f));
            while (m.find()) {
                String value = m.group(2);
                if (!value.isEmpty() && !value.startsWith("%") && !value.startsWith("$")) {
                    literals.add(f.getFileName() + ": " + m.group(1) + "=\"" + value + "\"");
                }
            }
        }
        assertThat(literals).as("visible text written into FXML").isEmpty();
    }

    /**
     * Calls that put text on screen or into a screen reader. Their arguments may hold keys
     * ({@code texts.get("device.title")}) but no words: those belong in the bundles.
     */
    private static final Pattern VISIBLE_CALL = Pattern.compile("\\b(?:set(?:Text|PromptText|AccessibleText|AccessibleHelp"
            + "|AccessibleRoleDescription|Title|HeaderText|ContentText)|new (?:Label|Tooltip|Button|Text|Tab|MenuItem|Menu"
            + "|CheckMenuItem|RadioMenuItem|CheckBox|RadioButton|ToggleButton|Hyperlink|TitledPane|Alert))\\s*\\(");
    private static final Pattern KEY_LOOKUP = Pattern.compile("\\w+\\.(?:get|format)\\(\\s*\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /**
     * Literals that may stay as they are, each with its reason: none yet. A unit such as "ms" or
     * a URL would go here as {@code "File.java: literal"}.
     */
    private static final Set<String> ALLOWED_LITERALS = Set.of();

    @Test
    void javaShowsNoTextThatBypassesTheBundle() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path f : files(MAIN_JAVA, ".java")) {
            String code = JavaSource.withoutComments(Files.readString(f));
            Matcher call = VISIBLE_CALL.matcher(code);
            while (call.find()) {
                String arguments = JavaSource.arguments(code, call.end() - 1);
                Matcher literal = LITERAL.matcher(KEY_LOOKUP.matcher(arguments).replaceAll("KEY"));
                while (literal.find()) {
                    String text = literal.group(1);
                    String entry = f.getFileName() + ": " + text;
                    // A key picked by a condition (on ? "led.on" : "led.off") is a key, not a word.
                    boolean key = english.containsKey(text);
                    if (!key && text.codePoints().anyMatch(Character::isLetter) && !ALLOWED_LITERALS.contains(entry)) {
                        literals.add(entry + "   in   " + code.substring(call.start(), call.end()) + arguments + ")");
                    }
                }
            }
        }
        assertThat(literals).as("words written into Java code instead of taken from the bundle").isEmpty();
    }

    /** The scanner itself, on the mistakes it is there to catch and the code it must let pass. */
    @Test
    void theScannerCatchesWordsAndLetsKeysPass() {
        String code = JavaSource.withoutComments("""
                label.setText("Connected"); // setText("in a comment")
                tip = new Tooltip(texts.get("device.light.tip"));
                field.setPromptText(texts.format("a.b", "x") + " ms");
                /* new Label("old") */ box.setAccessibleText(String.valueOf(level));
                """);
        List<String> found = new ArrayList<>();
        Matcher call = VISIBLE_CALL.matcher(code);
        while (call.find()) {
            Matcher literal = LITERAL.matcher(KEY_LOOKUP.matcher(JavaSource.arguments(code, call.end() - 1)).replaceAll("KEY"));
            while (literal.find()) {
                found.add(literal.group(1));
            }
        }
        assertThat(found).containsExactly("Connected", "x", " ms");
    }

    @Test
    void patternsReadTheSameInEveryLanguage() {
        for (String key : english.keySet()) {
            assertThat(english.get(key)).as("%s: write ’ instead of an ASCII apostrophe (MessageFormat eats it)", key)
                    .doesNotContain("'");
            new MessageFormat(english.get(key));
            translations.forEach((file, translation) -> {
                String value = translation.get(key);
                assertThat(value).as("%s (%s): no ASCII apostrophe", key, file).doesNotContain("'");
                new MessageFormat(value);
                assertThat(placeholders(value)).as("%s (%s): the same {n} as English", key, file)
                        .isEqualTo(placeholders(english.get(key)));
            });
        }
    }

    private static Set<String> placeholders(String value) {
        Matcher m = PLACEHOLDER.matcher(value);
        Set<String> found = new TreeSet<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** Where the core keeps an English sentence for logs beside its key, the two say the same. */
    @Test
    void theCoresEnglishIsTheBundlesEnglish() {
        for (BrokerProblem.Kind kind : BrokerProblem.Kind.values()) {
            assertThat(english.get(kind.key())).as(kind.key()).isEqualTo(kind.englishPattern());
        }
    }

    @Test
    void theBundleTheWindowLoadsIsTheOneAskedFor() {
        assertThat(Texts.load(java.util.Locale.KOREAN).get("device.title")).isEqualTo(korean.get("device.title"));
        assertThat(Texts.load(java.util.Locale.ENGLISH).get("device.title")).isEqualTo(english.get("device.title"));
        // A machine set to Korean must not turn --lang en into Korean.
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.KOREA);
            assertThat(Texts.load(java.util.Locale.ENGLISH).get("device.title")).isEqualTo(english.get("device.title"));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void everyProblemReadsAsTwoSentencesInBothLanguages() {
        for (java.util.Locale locale : List.of(java.util.Locale.ENGLISH, java.util.Locale.KOREAN)) {
            Phrases phrases = new Phrases(Texts.load(locale));
            for (MqttProblem.Kind kind : MqttProblem.Kind.values()) {
                String sentence = phrases.problem(new MqttProblem(kind, "mqtt://example:1883", null));
                assertThat(sentence).as("%s %s", locale, kind).contains("mqtt://example:1883")
                        .doesNotContain("problem.").doesNotContain("{0}");
            }
        }
        assertThat(Arrays.stream(Rejection.Reason.values()).map(Rejection.Reason::key).collect(Collectors.toSet()))
                .allMatch(english::containsKey);
    }
}
