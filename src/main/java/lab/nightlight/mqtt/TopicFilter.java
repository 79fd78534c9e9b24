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
        // Level by level without splitting: this runs for every message on every subscription.
        int f = 0;
        int t = 0;
        while (true) {
            int fEnd = levelEnd(filter, f);
            int tEnd = t <= topic.length() ? levelEnd(topic, t) : -1;
            String level = filter.substring(f, fEnd);
            if (level.equals("#")) {
                return fEnd == filter.length();
            }
            if (tEnd < 0) {
                return false;
            }
            if (!level.equals("+") && !topic.regionMatches(t, filter, f, Math.max(fEnd - f, tEnd - t))) {
                return false;
            }
            if (!level.equals("+") && fEnd - f != tEnd - t) {
                return false;
            }
            boolean filterDone = fEnd == filter.length();
            boolean topicDone = tEnd == topic.length();
            if (filterDone || topicDone) {
                if (filterDone && topicDone) {
                    return true;
                }
                // "a/#" also matches "a" itself: the next filter level is a lone '#'.
                return topicDone && filter.startsWith("#", fEnd + 1) && fEnd + 2 == filter.length();
            }
            f = fEnd + 1;
            t = tEnd + 1;
        }
    }

    private static int levelEnd(String s, int from) {
        int slash = s.indexOf('/', from);
        return slash < 0 ? s.length() : slash;
    }

    /** What can be wrong with a filter a student types; {@link #key()} names its sentence in the bundles. */
    public enum Problem {
        EMPTY("A topic filter cannot be empty."),
        HASH_NOT_LAST("'#' must stand alone as the last level, as in 'nightlight/#'."),
        PLUS_NOT_WHOLE("'+' must fill a whole level, as in '+/telemetry'."),
        STAR("'*' is not an MQTT wildcard: use '+' for one level or '#' for all the rest.");

        private final String english;

        Problem(String english) {
            this.english = english;
        }

        /** {@code topicfilter.hash-not-last}, ... */
        public String key() {
            return "topicfilter." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public String english() {
            return english;
        }
    }

    /** Null when the filter is valid, otherwise an English sentence saying what is wrong (for exceptions and logs). */
    public static String problemWith(String filter) {
        Problem problem = check(filter);
        return problem == null ? null : problem.english();
    }

    /** Null when the filter is valid, otherwise what is wrong, for a window to say in its own language. */
    public static Problem check(String filter) {
        if (filter == null || filter.isEmpty()) {
            return Problem.EMPTY;
        }
        String[] levels = filter.split("/", -1);
        for (int i = 0; i < levels.length; i++) {
            String level = levels[i];
            if (level.contains("#") && (!level.equals("#") || i != levels.length - 1)) {
                return Problem.HASH_NOT_LAST;
            }
            if (level.contains("+") && !level.equals("+")) {
                return Problem.PLUS_NOT_WHOLE;
            }
            if (level.contains("*")) {
                return Problem.STAR;
            }
        }
        return null;
    }
}
