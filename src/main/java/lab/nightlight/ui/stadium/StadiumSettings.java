package lab.nightlight.ui.stadium;

import java.time.Duration;
import java.util.Objects;
import lab.nightlight.server.StadiumServer;
import lab.nightlight.server.policy.Decider;
import lab.nightlight.server.policy.Policy;

/**
 * What the stadium's server decides with: the policy, the threshold, the hysteresis band, how
 * long a sensor counts as heard from, and where commands go.
 */
record StadiumSettings(Policy policy, int threshold, int band, Duration freshness,
                       StadiumServer.Addressing addressing) {

    /** The naive policy first, so a class sees one shaded sensor switch the lights on. */
    static final StadiumSettings DEFAULTS = new StadiumSettings(Policy.ANY, 300, 20, Duration.ofSeconds(10),
            StadiumServer.Addressing.BROADCAST);

    StadiumSettings {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(freshness, "freshness");
        Objects.requireNonNull(addressing, "addressing");
    }

    Decider decider() {
        return new Decider(policy, threshold, band, freshness);
    }
}
