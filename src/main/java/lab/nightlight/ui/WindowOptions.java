package lab.nightlight.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import lab.nightlight.lesson.DeviceIds;
import lab.nightlight.lesson.Telemetry;
import lab.nightlight.mqtt.BrokerAddress;

/**
 * The window's command-line options. {@code locale} null means the machine's language (Korean
 * if it is Korean, else English).
 *
 * @param snapshot write a PNG of the window once the loop has answered, then exit
 * @param deviceId the device id to start with (null: a fresh random one)
 * @param broker   an external broker (null: the embedded one)
 * @param light    the light sensor's first reading (null: the device's default)
 * @param view     the view to show first: null for the lesson's panes, "packets" for the packets view
 */
public record WindowOptions(Path snapshot, String deviceId, BrokerAddress broker, Locale locale, boolean dark,
                            Integer light, String view) {

    public static final WindowOptions DEFAULTS = new WindowOptions(null, null, null, null, false, null);

    static final String USAGE = "Window options: --snapshot FILE, --id ID, --broker URL, --lang en|ko, --dark, --light 0..1023,"
            + " --view lesson|packets.";

    public WindowOptions(Path snapshot, String deviceId, BrokerAddress broker, Locale locale, boolean dark, Integer light) {
        this(snapshot, deviceId, broker, locale, dark, light, null);
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
        String view = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String inline = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            switch (name) {
                case "--dark" -> dark = true;
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
        return new WindowOptions(snapshot, id, broker, locale, dark, light, view);
    }

    /** The language to show: the one asked for, else the machine's if we have it, else English. */
    public Locale language() {
        if (locale != null) {
            return locale;
        }
        return Locale.getDefault().getLanguage().equals("ko") ? Locale.KOREAN : Locale.ENGLISH;
    }

    private static Locale language(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "en" -> Locale.ENGLISH;
            case "ko" -> Locale.KOREAN;
            default -> throw new IllegalArgumentException("--lang must be en or ko, was '" + value + "'.");
        };
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
