package lab.nightlight.cli;

import java.time.Duration;
import java.util.Objects;
import lab.nightlight.server.policy.PolicyDecision;

/**
 * A stadium decision said in the chosen language from its numbers (the core's own sentence is
 * English, and stays so in --json): "3 of 5 sensors below 300, any one is enough: lights on."
 * Numbers go in as text, so 1023 never reads "1,023".
 */
final class DecisionLine {

    private final CliTexts texts;

    DecisionLine(CliTexts texts) {
        this.texts = Objects.requireNonNull(texts);
    }

    /** @param freshness the window in force, for "no sensor reported in the last 15 s" */
    String explain(PolicyDecision d, Duration freshness) {
        if (d.ledOn() == null) {
            return d.stale() == 0 ? texts.get("cli.stadium.none")
                    : texts.format("cli.stadium.silent", String.valueOf(freshness.toSeconds()));
        }
        String dark = String.valueOf(d.dark());
        String fresh = String.valueOf(d.fresh());
        String limit = String.valueOf(d.limit());
        String value = String.valueOf(Math.round(d.value()));
        // Where the silent ones are mentioned depends on the sentence, so it goes in as an argument.
        String stale = d.stale() == 0 ? "" : " " + texts.format("cli.stadium.stale", String.valueOf(d.stale()));
        boolean on = d.ledOn();
        String reason = switch (d.policy().kind()) {
            case ANY -> texts.format("cli.stadium.any", dark, fresh, limit, stale);
            case ALL -> texts.format("cli.stadium.all", dark, fresh, limit, stale);
            case QUORUM -> texts.format("cli.stadium.quorum", dark, fresh, limit, stale, String.valueOf(d.policy().quorum()));
            case AVERAGE -> texts.format(on ? "cli.stadium.average.below" : "cli.stadium.average.above",
                    value, limit, fresh, stale);
            case MEDIAN -> texts.format(on ? "cli.stadium.median.below" : "cli.stadium.median.above",
                    value, limit, fresh, stale);
        };
        return texts.format(on ? "cli.stadium.on" : "cli.stadium.off", reason);
    }
}
