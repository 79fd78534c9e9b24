package lab.nightlight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lab.nightlight.i18n.Translations;
import lab.nightlight.mqtt.MqttProblem;
import lab.nightlight.support.Bundles;
import lab.nightlight.ui.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The promise of docs/TRANSLATING.md: a new language is one file, messages_xx.properties. A class
 * loader that sees that one file beside the app's bundles, and nothing else, is enough for the
 * language to be found (the window's list and --lang, the commands' --lang, NIGHTLIGHT_LANG and
 * the machine's language all ask {@link Translations#available}), for the window's words, and
 * for the commands' sentences, the core's sentences they print and their picocli help.
 */
class OneFilePerLanguageTest {

    @TempDir
    Path classes;

    @Test
    void oneMessagesFileIsAWholeLanguage() throws Exception {
        // A real ISO code nobody has translated into yet, so Java knows it as a language.
        String code = Arrays.stream(Locale.getISOLanguages())
                .filter(c -> Translations.find(c, Translations.available()) == null).findFirst().orElseThrow();
        Locale language = Locale.forLanguageTag(code);
        String mark = "[" + code + "] ";
        Path file = classes.resolve("lab/nightlight/i18n/messages_" + code + ".properties");
        Files.createDirectories(file.getParent());
        Files.writeString(file, markedCopyOfEnglish(mark), StandardCharsets.UTF_8);
        try (Stream<Path> all = Files.walk(classes)) {
            assertThat(all.filter(Files::isRegularFile)).as("the translator's whole work").containsExactly(file);
        }
        Map<String, String> english = Bundles.load(Bundles.ENGLISH);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            List<Locale> languages = Translations.available(loader);
            assertThat(languages).as("found by its file alone").contains(Locale.ENGLISH, Locale.KOREAN, language);

            Texts window = new Texts(Translations.bundle(language, loader));
            assertThat(window.get("device.title")).isEqualTo(mark + english.get("device.title"));
            assertThat(window.format("device.id.changed", "nl-1")).startsWith(mark).contains("nl-1");

            assertThat(CliLanguage.choose(new String[] {"--lang", code, "broker"}, null, Locale.ENGLISH, languages))
                    .isEqualTo(language);
            assertThat(CliLanguage.choose(new String[] {"broker"}, code + "_XX.UTF-8", Locale.ENGLISH, languages))
                    .isEqualTo(language);
            assertThat(CliLanguage.choose(new String[] {"broker"}, null, language, languages)).isEqualTo(language);

            CliTexts commands = new CliTexts(Translations.bundle(language, loader), language);
            assertThat(commands.format("cli.wrong.seeHelp", "nightlight-lab device")).startsWith(mark)
                    .contains("'nightlight-lab device --help'");
            assertThat(commands.problem(new MqttProblem(MqttProblem.Kind.REFUSED, "mqtt://example:1883", null)))
                    .as("a core sentence the commands share with the window").startsWith(mark).contains(" " + mark);

            Terminal terminal = new Terminal(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                    StopSignal.manual());
            String help = Cli.commandLine(terminal, commands).getSubcommands().get("device").getUsageMessage();
            assertThat(help).startsWith(mark + english.get("usage.synopsisHeading").strip())
                    .contains(mark + "Runs a virtual nightlight device", mark + "Your device id.");
        }
    }

    /** English with every value marked, as a translator's first draft might look. */
    private static String markedCopyOfEnglish(String mark) throws IOException {
        try (InputStream in = OneFilePerLanguageTest.class.getResourceAsStream("/lab/nightlight/i18n/" + Bundles.ENGLISH)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(line -> line.isBlank() || line.startsWith("#") ? line : line.replaceFirst("=", "=" + mark))
                    .collect(Collectors.joining("\n", "", "\n"));
        }
    }
}
