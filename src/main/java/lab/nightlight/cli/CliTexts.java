package lab.nightlight.cli;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import lab.nightlight.broker.BrokerProblem;
import lab.nightlight.i18n.Translations;
import lab.nightlight.lesson.Rejection;
import lab.nightlight.mqtt.MqttProblem;

/**
 * The commands' words in one language, from the one bundle the window reads too
 * ({@link Translations}): the commands' own part of it (keys starting with {@code cli.}, and
 * picocli's help keys), and the sentences of the core (an MQTT problem, a rejected payload, a
 * device id or broker address that cannot be used, a broker that did not start), so each of
 * those is translated once for both. Values asked for here are {@link MessageFormat} patterns;
 * the help keys are picocli's (see the commands' part of messages.properties).
 */
final class CliTexts {

    /** Something said in whichever language is asked: the user's on a terminal, English in --json. */
    @FunctionalInterface
    interface Sentence {
        String in(CliTexts texts);
    }

    private final ResourceBundle bundle;
    private final Locale locale;

    CliTexts(ResourceBundle bundle, Locale locale) {
        this.bundle = Objects.requireNonNull(bundle);
        this.locale = Objects.requireNonNull(locale);
    }

    /**
     * The words for {@code locale}. No fallback to the machine's language: on a Korean machine
     * {@code --lang en} must still be English.
     */
    static CliTexts load(Locale locale) {
        return new CliTexts(Translations.bundle(locale), locale);
    }

    /** For --json: machine-read lines never change with the language. */
    static CliTexts english() {
        return load(Locale.ENGLISH);
    }

    Locale locale() {
        return locale;
    }

    /** The bundle picocli reads the help from. */
    ResourceBundle help() {
        return bundle;
    }

    /** The text of a key; a missing key shows as itself rather than failing the command. */
    String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /** The problem and what to do next, as one line. */
    String problem(MqttProblem problem) {
        return problemSentence(problem) + " " + get(problem.kind().nextStepKey());
    }

    /** Only what went wrong, where a line goes on to say what happens next. */
    String problemSentence(MqttProblem problem) {
        return format(problem.kind().key(), problem.where());
    }

    String brokerProblem(BrokerProblem problem) {
        return format(problem.kind().key(), problem.args().toArray());
    }

    /**
     * "Rejected: a field has the wrong type ("light" is a string)." The detail stays as the codec
     * wrote it: it quotes the payload or the JSON parser.
     */
    String rejection(Rejection rejection) {
        String reason = get(rejection.reason().key());
        return rejection.detail() == null || rejection.detail().isEmpty()
                ? format("cli.rejected", reason) : format("cli.rejected.detail", reason, rejection.detail());
    }

    String led(boolean on) {
        return get(on ? "cli.led.on" : "cli.led.off");
    }

    /** "500 ms", "5 s", "1.5 s", "2 min" (in Korean "5초", ...): for sentences. */
    String duration(Duration d) {
        long ms = d.toMillis();
        if (ms < 1_000) {
            return format("cli.duration.ms", String.valueOf(ms));
        }
        if (ms % 60_000 == 0) {
            return format("cli.duration.min", String.valueOf(ms / 60_000));
        }
        return format("cli.duration.s", BigDecimal.valueOf(ms).movePointLeft(3).stripTrailingZeros().toPlainString());
    }
}
