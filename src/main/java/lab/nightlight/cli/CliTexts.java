package lab.nightlight.cli;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import lab.nightlight.broker.BrokerProblem;
import lab.nightlight.lesson.Rejection;
import lab.nightlight.mqtt.MqttProblem;

/**
 * The commands' words in one language. Two bundles: {@value #BUNDLE} holds the commands' own
 * sentences and their picocli help; {@value #SHARED}, the window's bundle, holds the sentences
 * of the core (an MQTT problem, a rejected payload, a device id or broker address that cannot be
 * used, a broker that did not start), so each of those is translated once for both. Values used
 * here are {@link MessageFormat} patterns; the help keys are picocli's (see cli.properties).
 */
final class CliTexts {

    static final String BUNDLE = "lab.nightlight.i18n.cli";
    static final String SHARED = "lab.nightlight.i18n.messages";

    /** Something said in whichever language is asked: the user's on a terminal, English in --json. */
    @FunctionalInterface
    interface Sentence {
        String in(CliTexts texts);
    }

    private final ResourceBundle own;
    private final ResourceBundle shared;
    private final Locale locale;

    private CliTexts(ResourceBundle own, ResourceBundle shared, Locale locale) {
        this.own = own;
        this.shared = shared;
        this.locale = locale;
    }

    /**
     * The words for {@code locale}. No fallback to the machine's language: on a Korean machine
     * {@code --lang en} must still be English.
     */
    static CliTexts load(Locale locale) {
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        return new CliTexts(ResourceBundle.getBundle(BUNDLE, locale, exact), ResourceBundle.getBundle(SHARED, locale, exact),
                Objects.requireNonNull(locale));
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
        return own;
    }

    /** The text of a key; a missing key shows as itself rather than failing the command. */
    String get(String key) {
        try {
            return own.containsKey(key) ? own.getString(key) : shared.getString(key);
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
                ? format("rejected", reason) : format("rejected.detail", reason, rejection.detail());
    }

    String led(boolean on) {
        return get(on ? "led.on" : "led.off");
    }

    /** "500 ms", "5 s", "1.5 s", "2 min" (in Korean "5초", ...): for sentences. */
    String duration(Duration d) {
        long ms = d.toMillis();
        if (ms < 1_000) {
            return format("duration.ms", String.valueOf(ms));
        }
        if (ms % 60_000 == 0) {
            return format("duration.min", String.valueOf(ms / 60_000));
        }
        return format("duration.s", BigDecimal.valueOf(ms).movePointLeft(3).stripTrailingZeros().toPlainString());
    }
}
