package lab.nightlight.mqtt;

/**
 * MQTT topic-filter matching ({@code +} one level, {@code #} the rest), as the broker does it.
 * Used to route incoming messages to the handler of the subscription they came for, and to show
 * students which live topics a filter they type would match.
 */
public final class TopicFilter {

    private TopicFilter() {
    }

    public static boolean matches(String filter, String topic) {
        if (filter.equals(topic)) {
            return true;
        }
        // Topics starting with '$' are not matched by wildcards at the first level (MQTT 4.7.2).
        if (topic.startsWith("$") && (filter.startsWith("+") || filter.startsWith("#"))) {
            return false;
        }
        String[] f = filter.split("/", -1);
        String[] t = topic.split("/", -1);
        for (int i = 0; i < f.length; i++) {
            if (f[i].equals("#")) {
                return i == f.length - 1;
            }
            if (i >= t.length) {
                return false;
            }
            if (!f[i].equals("+") && !f[i].equals(t[i])) {
                return false;
            }
        }
        return f.length == t.length;
    }

    /** Null when the filter is valid, otherwise a sentence saying what is wrong. */
    public static String problemWith(String filter) {
        if (filter == null || filter.isEmpty()) {
            return "A topic filter cannot be empty.";
        }
        String[] levels = filter.split("/", -1);
        for (int i = 0; i < levels.length; i++) {
            String level = levels[i];
            if (level.contains("#") && (!level.equals("#") || i != levels.length - 1)) {
                return "'#' must stand alone as the last level, as in 'nightlight/#'.";
            }
            if (level.contains("+") && !level.equals("+")) {
                return "'+' must fill a whole level, as in '+/telemetry'.";
            }
            if (level.contains("*")) {
                return "'*' is not an MQTT wildcard: use '+' for one level or '#' for all the rest.";
            }
        }
        return null;
    }
}
