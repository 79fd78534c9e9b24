package lab.nightlight.server.policy;

import java.util.Locale;

/**
 * How many sensors must be dark before the lights go on. The lesson's stadium: one sensor
 * shaded by a cloud or a bird must not switch the lights on, so "any" is the naive choice and
 * the others are the fixes a class can compare.
 */
public record Policy(Kind kind, int quorum) {

    public enum Kind { ANY, ALL, AVERAGE, MEDIAN, QUORUM }

    public static final Policy ANY = new Policy(Kind.ANY, 0);
    public static final Policy ALL = new Policy(Kind.ALL, 0);
    public static final Policy AVERAGE = new Policy(Kind.AVERAGE, 0);
    public static final Policy MEDIAN = new Policy(Kind.MEDIAN, 0);

    public Policy {
        if (kind == Kind.QUORUM && quorum < 1) {
            throw new IllegalArgumentException("A quorum needs at least 1 sensor, as in quorum:3.");
        }
    }

    public static Policy quorum(int k) {
        return new Policy(Kind.QUORUM, k);
    }

    /** any, all, average, median or quorum:K (as the {@code server --policy} option takes it). */
    public static Policy parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("quorum:")) {
            try {
                return quorum(Integer.parseInt(t.substring(7)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "' needs a number after quorum:, as in quorum:3.");
            }
        }
        return switch (t) {
            case "any" -> ANY;
            case "all" -> ALL;
            case "average", "mean" -> AVERAGE;
            case "median" -> MEDIAN;
            default -> throw new IllegalArgumentException("'" + text
                    + "' is not a policy; use any, all, average, median or quorum:K.");
        };
    }

    @Override
    public String toString() {
        return kind == Kind.QUORUM ? "quorum:" + quorum : kind.name().toLowerCase(Locale.ROOT);
    }
}
