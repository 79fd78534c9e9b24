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
 * @param view     the view to show first: null for the lesson's panes, "packets" for the packets view
 * @param presenter start in presenter mode (large type, the essentials, for the front of a classroom)
 */
public record WindowOptions(Path snapshot, String deviceId, BrokerAddress broker, Locale locale, boolean dark,
                            Integer light, String view, boolean presenter) {

    public static final WindowOptions DEFAULTS = new WindowOptions(null, null, null, null, false, null, null, false);

    static final String USAGE = "Window options: --snapshot FILE, --id ID, --broker URL, --lang en|ko, --dark, "
            + "--light 0..1023, --view lesson|packets, --presenter.";

    /** The lesson's panes first, without presenter mode. */
    public WindowOptions(Path snapshot, String deviceId, BrokerAddress broker, Locale locale, boolean dark, Integer light) {
        this(snapshot, deviceId, broker, locale, dark, light, null, false);
    }

    /** Without presenter mode. */
    public WindowOptions(Path snapshot, String deviceId, BrokerAddress broker, Locale locale, boolean dark, Integer light,
                         String view) {
        this(snapshot, deviceId, broker, locale, dark, light, view, false);
    }

    /**
     * Parses the options the launcher passes on.
     *
     * @throws IllegalArgumentException with one English sentence (there is no window yet to show it in)
     */
    public static WindowOptions parse(List<String> args) {
        Path snapshot = null;
        String id = null;
        BrokerAddress broker = null;
        Locale locale = null;
        boolean dark = false;
        Integer light = null;
        boolean presenter = false;
        String view = null;
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
                            throw new IllegalArgumentException(name + " needs a value. " + USAGE);
                        }
                        value = args.get(++i);
                    }
                    switch (name) {
                        case "--snapshot" -> snapshot = Path.of(value);
                        case "--id" -> {
                            String problem = DeviceIds.problemWith(value);
                            if (problem != null) {
                                throw new IllegalArgumentException(problem);
                            }
                            id = value;
                        }
                        case "--broker" -> broker = BrokerAddress.parse(value);
                        case "--lang" -> locale = language(value);
                        case "--view" -> view = view(value);
                        default -> light = light(value);
                    }
                }
                default -> throw new IllegalArgumentException("Unknown option '" + arg + "'. " + USAGE);
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

    /** Any language with a bundle (a new messages_xx.properties is enough for {@code --lang xx}). */
    private static Locale language(String value) {
        Locale found = Languages.forCode(value);
        if (found == null) {
            List<String> codes = Languages.available().stream().map(Locale::getLanguage).toList();
            String choices = codes.size() == 1 ? codes.get(0)
                    : String.join(", ", codes.subList(0, codes.size() - 1)) + " or " + codes.get(codes.size() - 1);
            throw new IllegalArgumentException("--lang must be " + choices + ", was '" + value + "'.");
        }
        return found;
    }

    private static String view(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "lesson" -> null;
            case "packets" -> "packets";
            default -> throw new IllegalArgumentException("--view must be lesson or packets, was '" + value + "'.");
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
        throw new IllegalArgumentException("--light must be a whole number from 0 to 1023, was '" + value + "'.");
    }
}
