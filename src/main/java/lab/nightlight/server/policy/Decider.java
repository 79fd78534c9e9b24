package lab.nightlight.server.policy;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;

/**
 * Decides for many sensors: readings older than the freshness window drop out (a silent sensor
 * must not hold the lights on or off), and hysteresis keeps the lights from flapping around the
 * threshold: while on, the level must rise to threshold + band to switch off; while off, it must
 * fall below threshold - band to switch on.
 */
public final class Decider {

    private final Policy policy;
    private final int threshold;
    private final int band;
    private final Duration freshness;

    public Decider(Policy policy, int threshold, int hysteresisBand, Duration freshness) {
        this.policy = policy;
        this.threshold = threshold;
        this.band = Math.max(0, hysteresisBand);
        this.freshness = freshness;
    }

    public Policy policy() {
        return policy;
    }

    /**
     * @param currentlyOn the lights' present state, for hysteresis (null when unknown: no band)
     */
    public PolicyDecision decide(Collection<Reading> readings, long nowNanos, Boolean currentlyOn) {
        int limit = currentlyOn == null ? threshold : currentlyOn ? threshold + band : threshold - band;
        long oldest = nowNanos - freshness.toNanos();
        int[] lights = new int[readings.size()];
        int fresh = 0;
        int stale = 0;
        for (Reading r : readings) {
            if (r.atNanos() >= oldest) {
                lights[fresh++] = r.light();
            } else {
                stale++;
            }
        }
        if (fresh == 0) {
            return new PolicyDecision(null, 0, 0, stale, Double.NaN, policy, limit, stale == 0
                    ? "No sensor has reported yet: lights unchanged."
                    : "No sensor reported in the last " + freshness.toSeconds() + " s: lights unchanged.");
        }
        int dark = 0;
        long sum = 0;
        for (int i = 0; i < fresh; i++) {
            if (lights[i] < limit) {
                dark++;
            }
            sum += lights[i];
        }
        String onOff;
        boolean on;
        double value;
        String staleNote = stale == 0 ? "" : " (" + stale + " silent, left out)";
        switch (policy.kind()) {
            case ANY -> {
                on = dark > 0;
                value = dark;
                onOff = dark + " of " + fresh + " sensors below " + limit + staleNote + ", any one is enough";
            }
            case ALL -> {
                on = dark == fresh;
                value = dark;
                onOff = dark + " of " + fresh + " sensors below " + limit + staleNote + ", all must be";
            }
            case QUORUM -> {
                on = dark >= policy.quorum();
                value = dark;
                onOff = dark + " of " + fresh + " sensors below " + limit + staleNote + ", " + policy.quorum() + " needed";
            }
            case AVERAGE -> {
                value = (double) sum / fresh;
                on = value < limit;
                onOff = "average " + Math.round(value) + (on ? " below " : " not below ") + limit + " over " + fresh
                        + " sensors" + staleNote;
            }
            case MEDIAN -> {
                int[] sorted = Arrays.copyOf(lights, fresh);
                Arrays.sort(sorted);
                value = fresh % 2 == 1 ? sorted[fresh / 2] : (sorted[fresh / 2 - 1] + sorted[fresh / 2]) / 2.0;
                on = value < limit;
                onOff = "median " + Math.round(value) + (on ? " below " : " not below ") + limit + " over " + fresh
                        + " sensors" + staleNote;
            }
            default -> throw new IllegalStateException();
        }
        return new PolicyDecision(on, fresh, dark, stale, value, policy, limit, onOff + ": lights " + (on ? "on." : "off."));
    }
}
