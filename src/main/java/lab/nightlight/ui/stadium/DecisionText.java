package lab.nightlight.ui.stadium;

import java.time.Duration;
import java.util.Objects;
import lab.nightlight.server.policy.Policy;
import lab.nightlight.server.policy.PolicyDecision;
import lab.nightlight.ui.Texts;

/**
 * The stadium server's decision said in the window's language, from the decision's numbers (the
 * core's own sentence is English): "3 of 5 sensors below 300, any one is enough: lights on."
 * Numbers go in as text, so 1023 never reads "1,023".
 */
final class DecisionText {

    private final Texts texts;

    DecisionText(Texts texts) {
        this.texts = Objects.requireNonNull(texts);
    }

    /** "Lights on", "Lights off" or "No decision yet". */
    String headline(Boolean on) {
        if (on == null) {
            return texts.get("stadium.lights.unknown");
        }
        return texts.get(on ? "stadium.lights.on" : "stadium.lights.off");
    }

    /**
     * @param freshness the window in force, for "no sensor reported in the last 10 s"
     */
    String explain(PolicyDecision d, Duration freshness) {
        if (d.ledOn() == null) {
            return d.stale() == 0 ? texts.get("stadium.why.none")
                    : texts.format("stadium.why.silent", String.valueOf(freshness.toSeconds()));
        }
        String dark = String.valueOf(d.dark());
        String fresh = String.valueOf(d.fresh());
        String limit = String.valueOf(d.limit());
        String value = String.valueOf(Math.round(d.value()));
        boolean on = d.ledOn();
        String reason = switch (d.policy().kind()) {
            case ANY -> texts.format("stadium.why.any", dark, fresh, limit);
            case ALL -> texts.format("stadium.why.all", dark, fresh, limit);
            case QUORUM -> texts.format("stadium.why.quorum", dark, fresh, limit, String.valueOf(d.policy().quorum()));
            case AVERAGE -> texts.format(on ? "stadium.why.average.below" : "stadium.why.average.above", value, limit,
                    fresh);
            case MEDIAN -> texts.format(on ? "stadium.why.median.below" : "stadium.why.median.above", value, limit,
                    fresh);
        };
        if (d.stale() > 0) {
            reason = reason + " " + texts.format("stadium.why.stale", String.valueOf(d.stale()));
        }
        return texts.format(on ? "stadium.why.on" : "stadium.why.off", reason);
    }

    /**
     * Why the number in the sentence is not the threshold: the band moved it, towards the side
     * the lights are on. Empty when it is the threshold.
     */
    String bandNote(PolicyDecision d, int threshold) {
        if (d.ledOn() == null || d.limit() == threshold) {
            return "";
        }
        String band = String.valueOf(Math.abs(d.limit() - threshold));
        return texts.format(d.limit() > threshold ? "stadium.band.whileOn" : "stadium.band.whileOff",
                String.valueOf(d.limit()), String.valueOf(threshold), band);
    }

    /** The policy's name for the choice box. */
    String policyName(Policy.Kind kind) {
        return texts.get(switch (kind) {
            case ANY -> "stadium.policy.any";
            case ALL -> "stadium.policy.all";
            case AVERAGE -> "stadium.policy.average";
            case MEDIAN -> "stadium.policy.median";
            case QUORUM -> "stadium.policy.quorum";
        });
    }

    /** What the policy means for a shaded sensor, in a sentence. */
    String policyHint(Policy.Kind kind) {
        return texts.get(switch (kind) {
            case ANY -> "stadium.policy.any.hint";
            case ALL -> "stadium.policy.all.hint";
            case AVERAGE -> "stadium.policy.average.hint";
            case MEDIAN -> "stadium.policy.median.hint";
            case QUORUM -> "stadium.policy.quorum.hint";
        });
    }
}
