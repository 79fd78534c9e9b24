package lab.nightlight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lab.nightlight.broker.BrokerProblem;
import lab.nightlight.lesson.Rejection;
import lab.nightlight.mqtt.MqttProblem;
import lab.nightlight.support.Bundles;
import lab.nightlight.ui.JavaSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The commands' part of the one bundle (keys starting with {@code cli.}, and picocli's help keys;
 * {@link Bundles#isCommands}) against the commands: every key in English and Korean, no key
 * unused, no key asked for that is missing, every command and option with its help, the core's
 * sentences said as text, and values that picocli and MessageFormat read the same way in both
 * languages. Its two kinds of values are told apart by the key (see the part's comment in
 * messages.properties). I18nBundleTest checks the rest of the file, the window's part.
 */
class CliBundleTest {

    private static final Path CLI_JAVA = Path.of("src/main/java/lab/nightlight/cli");
    /** A key of the commands' own written out in their code, wherever it is used. */
    private static final Pattern OWN_KEY = Pattern.compile("\"(" + Pattern.quote(Bundles.COMMANDS_PREFIX) + "[\\w.\\-]+)\"");
    /** The keys picocli asks for whatever the commands are. */
    private static final Set<String> PICOCLI_KEYS = Set.of("usage.synopsisHeading", "usage.commandListHeading",
            "mixinStandardHelpOptions.help", "mixinStandardHelpOptions.version", "helpCommand.help", "helpCommand.command");
    /**
     * A key asked for in code: texts.get("k"), t.format(on ? "a" : "b", ...), format("k") inside
     * CliTexts, new OptionProblem("k", ...). Not line.get("count"): that is JSON.
     */
    private static final Pattern LOOKUP = Pattern.compile("(?:\\b(?:texts|t)\\.(?:get|format)|(?<![\\w.])(?:get|format)"
            + "|new OptionProblem)\\(\\s*(?:[\\w.()]+\\s*\\?\\s*)?\"([^\"]+)\"(?:\\s*:\\s*\"([^\"]+)\")?");
    /** A key of the core's or the commands' where a sentence belongs. */
    private static final Pattern KEY_SHOWN = Pattern.compile("\\b(problem|rejection|brokerproblem|brokeraddress|deviceid|cli)\\.[\\w\\-]+");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{[^}]+}");

    private static Map<String, String> english;
    private static Map<String, String> korean;
    /** Korean and any language added since, by file name. */
    private static Map<String, Map<String, String>> translations;

    @BeforeAll
    static void load() throws IOException {
        english = Bundles.part(Bundles.load(Bundles.ENGLISH), Bundles::isCommands);
        translations = Bundles.translations(Bundles::isCommands);
        korean = translations.get(Bundles.KOREAN);
    }

    private static boolean isHelp(String key) {
        return Bundles.isHelp(key);
    }

    /** Every command, from the top, with the bundle picocli reads. */
    private static List<CommandSpec> commands() {
        Terminal terminal = new Terminal(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                StopSignal.manual());
        List<CommandSpec> all = new ArrayList<>();
        collect(Cli.commandLine(terminal, CliTexts.english()), all);
        return all;
    }

    private static void collect(CommandLine cli, List<CommandSpec> into) {
        into.add(cli.getCommandSpec());
        cli.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, into));
    }

    private static String prefix(CommandSpec command) {
        return command.qualifiedName(".") + ".";
    }

    /** The key picocli finds for an option: qualified by its command, else as it is. */
    private static String helpKey(CommandSpec command, OptionSpec option) {
        String key = option.descriptionKey().isEmpty() ? option.longestName().replaceFirst("^-+", "") : option.descriptionKey();
        return english.containsKey(prefix(command) + key) ? prefix(command) + key : key;
    }

    private static Set<String> helpKeysUsed() {
        Set<String> used = new TreeSet<>(PICOCLI_KEYS);
        for (CommandSpec command : commands()) {
            for (String key : english.keySet()) {
                if (key.matches(Pattern.quote(prefix(command)) + "usage\\.(description|footer|header)(\\.\\d+)?")) {
                    used.add(key);
                }
            }
            for (OptionSpec option : command.options()) {
                used.add(helpKey(command, option));
            }
        }
        return used;
    }

    private static Set<String> messageKeysAskedFor() throws IOException {
        Set<String> asked = new TreeSet<>();
        for (String code : cliSources()) {
            Matcher m = LOOKUP.matcher(code);
            while (m.find()) {
                asked.add(m.group(1));
                if (m.group(2) != null) {
                    asked.add(m.group(2));
                }
            }
        }
        return asked;
    }

    private static List<String> cliSources() throws IOException {
        List<String> sources = new ArrayList<>();
        try (Stream<Path> s = Files.list(CLI_JAVA)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                sources.add(Files.readString(p));
            }
        }
        return sources;
    }

    @Test
    void everyLanguageHasEveryKeyWithText() {
        translations.forEach((file, translation) -> Bundles.assertSameKeysWithText(english, translation, file));
    }

    @Test
    void koreanIsActuallyKorean() {
        long hangul = Bundles.hangulValues(korean);
        // Example command lines, topics and "{0}: LED {1}" stay as they are; sentences may not.
        assertThat(hangul).isGreaterThan(korean.size() * 9L / 10);
    }

    @Test
    void everyCommandAndOptionHasItsHelp() {
        for (CommandSpec command : commands()) {
            boolean described = english.keySet().stream().anyMatch(k -> k.startsWith(prefix(command) + "usage.description")
                    || k.equals(prefix(command) + "usage.header"));
            assertThat(described).as("help for %s", command.qualifiedName()).isTrue();
            for (OptionSpec option : command.options()) {
                assertThat(english).as("help for %s %s", command.qualifiedName(), option.longestName())
                        .containsKey(helpKey(command, option));
            }
        }
    }

    /** Every literal of the commands' code: a key picked before it is looked up is still named there. */
    private static Set<String> literals() throws IOException {
        Set<String> found = new TreeSet<>();
        for (String code : cliSources()) {
            found.addAll(JavaSource.literals(code));
        }
        return found;
    }

    @Test
    void everyKeyIsUsed() throws IOException {
        Set<String> unused = new TreeSet<>(english.keySet());
        unused.removeAll(helpKeysUsed());
        unused.removeAll(literals());
        assertThat(unused).as("keys no command or option uses").isEmpty();
    }

    /** Every cli.* key the commands' code names, also one held in a variable before it is looked up. */
    private static Set<String> ownKeysNamed() throws IOException {
        Set<String> named = new TreeSet<>();
        for (String code : cliSources()) {
            Matcher m = OWN_KEY.matcher(code);
            while (m.find()) {
                named.add(m.group(1));
            }
        }
        return named;
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> missing = new TreeSet<>(messageKeysAskedFor());
        missing.addAll(ownKeysNamed());
        missing.removeAll(english.keySet());
        assertThat(missing).as("keys asked for but not in the commands' part of the bundle").isEmpty();
        assertThat(messageKeysAskedFor()).as("a help key used as a sentence").noneMatch(CliBundleTest::isHelp);
    }

    /**
     * A sentence the commands ask for by name is their own. The window's keys they share are the
     * core's, built from its codes (below); a name without cli. would find the window's sentence
     * of the same name (connection.lost: "Connection lost"), with the window's conventions.
     */
    @Test
    void theCommandsAskForNoWindowKeyByName() throws IOException {
        assertThat(messageKeysAskedFor().stream().filter(k -> !k.startsWith(Bundles.COMMANDS_PREFIX)))
                .as("keys asked for by name that are not the commands' own").isEmpty();
    }

    /** The core's sentences, whose keys come from codes: text in both languages, never a key shown as itself. */
    @Test
    void theCoresSentencesAreSaidAsText() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN)) {
            CliTexts texts = CliTexts.load(locale);
            List<String> said = new ArrayList<>();
            for (MqttProblem.Kind kind : MqttProblem.Kind.values()) {
                said.add(texts.problem(new MqttProblem(kind, "mqtt://example:1883", null)));
            }
            for (Rejection.Reason reason : Rejection.Reason.values()) {
                said.add(texts.rejection(new Rejection(reason, null, null)));
                said.add(texts.rejection(new Rejection(reason, "detail", null)));
            }
            for (BrokerProblem.Kind kind : BrokerProblem.Kind.values()) {
                said.add(texts.brokerProblem(BrokerProblem.of(kind, "1883", "127.0.0.1")));
            }
            for (String url : List.of("", "mqtt://", "ftp://host", "mqtt://host:0", "host:1883:x", "not an address")) {
                said.add(problemFor(() -> new OptionConverters.BrokerUrl().convert(url), texts));
            }
            for (String id : List.of("", "x".repeat(lab.nightlight.lesson.DeviceIds.MAX_LENGTH + 1), "a/b", "a b", "$SYS",
                    "a\uD800b")) {
                said.add(problemFor(() -> new OptionConverters.DeviceId().convert(id), texts));
            }
            said.add(texts.led(true));
            said.add(texts.duration(Duration.ofSeconds(5)));
            assertThat(said.stream().filter(s -> KEY_SHOWN.matcher(s).find() || s.contains("{0}") || s.isBlank()))
                    .as("%s: a key shown as itself or a placeholder left over", locale).isEmpty();
        }
    }

    private static String problemFor(Runnable conversion, CliTexts texts) {
        try {
            conversion.run();
        } catch (OptionProblem p) {
            return p.say(texts);
        }
        return "";
    }

    @Test
    void theCommandsAreOneBlockAtTheEndOfEachFile() throws IOException {
        List<String> files = new ArrayList<>(List.of(Bundles.ENGLISH));
        files.addAll(translations.keySet());
        for (String file : files) {
            List<String> keys = Bundles.keysInFileOrder(file);
            int first = keys.indexOf(keys.stream().filter(Bundles::isCommands).findFirst().orElseThrow());
            assertThat(keys.subList(first, keys.size()).stream().filter(Bundles::isWindow))
                    .as("%s: window keys inside or after the commands' block", file).isEmpty();
        }
    }

    @Test
    void helpReadsTheSameInEveryLanguage() {
        for (String key : english.keySet().stream().filter(CliBundleTest::isHelp).toList()) {
            List<String> values = new ArrayList<>(List.of(english.get(key)));
            translations.values().forEach(t -> values.add(t.get(key)));
            for (String value : values) {
                assertThat(value).as("%s: picocli shows '' as it is; write one apostrophe", key).doesNotContain("''");
                assertThat(value.replace("%n", "").replace("%%", "")).as("%s: %% alone is a format error", key)
                        .doesNotContain("%");
                assertThat(variables(value)).as("%s: the same ${...} in every language", key)
                        .isEqualTo(variables(english.get(key)));
            }
        }
    }

    @Test
    void sentencesReadTheSameInEveryLanguage() {
        for (String key : english.keySet().stream().filter(k -> !isHelp(k)).toList()) {
            List<String> values = new ArrayList<>(List.of(english.get(key)));
            translations.values().forEach(t -> values.add(t.get(key)));
            for (String value : values) {
                assertThat(value.replace("''", "")).as("%s: MessageFormat swallows a single apostrophe; write ''", key)
                        .doesNotContain("'");
                new MessageFormat(value);
                assertThat(placeholders(value)).as("%s: the same {n} in every language", key)
                        .isEqualTo(placeholders(english.get(key)));
            }
        }
    }

    @Test
    void theHelpSaysTheDefaultTheDeviceUses() {
        String light = String.valueOf(DeviceCommand.DEFAULT_LIGHT);
        assertThat(english.get("nightlight-lab.device.light")).endsWith("Default: " + light + ".");
        assertThat(korean.get("nightlight-lab.device.light")).endsWith("기본값: " + light + ".");
    }

    private static Set<String> placeholders(String value) {
        return found(PLACEHOLDER, value);
    }

    private static Set<String> variables(String value) {
        Set<String> out = new TreeSet<>();
        Matcher m = VARIABLE.matcher(value);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Set<String> found(Pattern pattern, String value) {
        Matcher m = pattern.matcher(value);
        Set<String> out = new TreeSet<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
