package lab.nightlight.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import lab.nightlight.lesson.DeviceIds;
import lab.nightlight.lesson.Telemetry;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.ui.classroom.Languages;

/**
 * The window's command-line options. {@code locale} null means the machine's language (Korean
 * if it is Korean, else English).
 *
 * @param snapshot write a PNG of the window once the loop has answered, then exit
 * @param deviceId the device id to start with (null: a fresh random one)
 * @param broker   an external broker (null: the embedded one)
 * @param light    the light sensor's first reading (null: the device's default)
 * @param view     the view to show first
 * @param presenter start in presenter mode (large type, the essentials, for the front of a classroom)
 */
public record WindowOptions(Path snapshot, String deviceId, BrokerAddress broker, Locale locale, boolean dark,
                            Integer light, View view, boolean presenter) {

    /** The views {@code --view} can open first. */
    public enum View { LESSON, PACKETS, STADIUM }

    public static final WindowOptions DEFAULTS = new WindowOptions(null, null, null, null, false, null, View.LESSON, false);

    public WindowOptions {
        view = view == null ? View.LESSON : view;
    }

    /** The lesson's panes first, without presenter mode. */
    public WindowOptions(Path snapshot, String deviceId, BrokerAddress broker, Locale locale, boolean dark, Integer light) {
        this(snapshot, deviceId, broker, locale, dark, light, View.LESSON, false);
    }

    /** Without presenter mode. */
    public WindowOptions(Path snapshot, String deviceId, BrokerAddress broker, Locale locale, boolean dark, Integer light,
                         View view) {
        this(snapshot, deviceId, broker, locale, dark, light, view, false);
    }

    /**
     * Parses the options the launcher passes on.
     *
     * @throws Invalid with one English sentence; {@link #problem} says it in the chosen language
     */
    public static WindowOptions parse(List<String> args) {
        Path snapshot = null;
        String id = null;
        BrokerAddress broker = null;
        Locale locale = null;
        boolean dark = false;
        Integer light = null;
        boolean presenter = false;
        View view = View.LESSON;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String inline = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            switch (name) {
                case "--dark" -> dark = true;
                case "--presenter" -> presenter = true;
                case "--snapshot", "--id", "--broker", "--lang", "--light", "--view" -> {
                    String value = inline;
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new Invalid(true, "window.options.needsValue", name);
                        }
                        value = args.get(++i);
                    }
                    switch (name) {
                        case "--snapshot" -> snapshot = Path.of(value);
                        case "--id" -> {
                            String problem = DeviceIds.problemKey(value);
                            if (problem != null) {
                                throw new Invalid(false, problem, String.valueOf(DeviceIds.MAX_LENGTH));
                            }
                            id = value;
                        }
                        case "--broker" -> broker = broker(value);
                        case "--lang" -> locale = language(value);
                        case "--view" -> view = view(value);
                        default -> light = light(value);
                    }
                }
                default -> throw new Invalid(true, "window.options.unknown", arg);
            }
        }
        return new WindowOptions(snapshot, id, broker, locale, dark, light, view, presenter);
    }

    /** The language to show: the one asked for, else the machine's if we have it, else English. */
    public Locale language() {
        return language(System.getenv("NIGHTLIGHT_LANG"), Locale.getDefault());
    }

    /**
     * {@code --lang} first, then the NIGHTLIGHT_LANG variable the commands also follow ("ko",
     * "ko_KR.UTF-8"), then the machine's language if we have it, else English.
     */
    Locale language(String environment, Locale machine) {
        if (locale != null) {
            return locale;
        }
        Locale fromEnvironment = Languages.forCode(environment);
        return fromEnvironment != null ? fromEnvironment : Languages.machine(machine);
    }

    /**
     * What is wrong with the options, in the language the window would have spoken ({@code --lang}
     * if it names one we have, then NIGHTLIGHT_LANG, then the machine's), or null when they are
     * fine. There is no window yet to show it in: the launcher prints it.
     */
    public static String problem(List<String> args, String environment, Locale machine) {
        try {
            parse(args);
            return null;
        } catch (Invalid e) {
            Locale asked = Languages.forCode(lastLang(args));
            WindowOptions chosen = new WindowOptions(null, null, null, asked, false, null);
            return e.in(Texts.load(chosen.language(environment, machine)));
        }
    }

    /** The value of the last --lang, usable or not: the sentence about a bad one falls back to the next choice. */
    private static String lastLang(List<String> args) {
        String value = null;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--lang") && i + 1 < args.size()) {
                value = args.get(++i);
            } else if (args.get(i).startsWith("--lang=")) {
                value = args.get(i).substring("--lang=".length());
            }
        }
        return value;
    }

    /** Any language with a bundle (a new messages_xx.properties is enough for {@code --lang xx}). */
    private static Locale language(String value) {
        Locale found = Languages.forCode(value);
        if (found == null) {
            throw new Invalid(false, "window.options.lang", Invalid.CHOICES, value);
        }
        return found;
    }

    private static BrokerAddress broker(String value) {
        try {
            return BrokerAddress.parse(value);
        } catch (BrokerAddress.Invalid e) {
            throw new Invalid(false, e.kind().key(), e.value());
        }
    }

    private static View view(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "lesson" -> View.LESSON;
            case "packets" -> View.PACKETS;
            case "stadium" -> View.STADIUM;
            default -> throw new Invalid(false, "window.options.view", value);
        };
    }

    private static int light(String value) {
        try {
            int v = Integer.parseInt(value.trim());
            if (v >= Telemetry.MIN_LIGHT && v <= Telemetry.MAX_LIGHT) {
                return v;
            }
        } catch (NumberFormatException e) {
            // the sentence below says what is expected
        }
        throw new Invalid(false, "window.options.light", String.valueOf(Telemetry.MIN_LIGHT),
                String.valueOf(Telemetry.MAX_LIGHT), value);
    }

    /**
     * A window option that cannot be used, as a key of the bundle and its arguments. The message
     * is English, for logs and tests; {@link #in} says it in a language, with the list of window
     * options after it where the mistake was the option itself.
     */
    public static final class Invalid extends IllegalArgumentException {

        /** Stands for "en or ko" (every language we have), said in the sentence's language. */
        static final Object CHOICES = new Object();

        private final boolean withUsage;
        private final String key;
        private final transient Object[] args;

        Invalid(boolean withUsage, String key, Object... args) {
            super(key);
            this.withUsage = withUsage;
            this.key = key;
            this.args = args.clone();
        }

        @Override
        public String getMessage() {
            return in(Texts.load(Locale.ENGLISH));
        }

        /** The sentence in the language of {@code texts}. */
        public String in(Texts texts) {
            Object[] filled = args.clone();
            List<String> codes = Languages.available().stream().map(Locale::getLanguage).toList();
            for (int i = 0; i < filled.length; i++) {
                if (filled[i] == CHOICES) {
                    filled[i] = codes.size() == 1 ? codes.get(0) : texts.format("window.options.or",
                            String.join(", ", codes.subList(0, codes.size() - 1)), codes.get(codes.size() - 1));
                }
            }
            String sentence = texts.format(key, filled);
            return withUsage ? sentence + " " + texts.format("window.options.usage", String.join("|", codes)) : sentence;
        }
    }
}
