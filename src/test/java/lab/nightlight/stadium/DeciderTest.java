package lab.nightlight.stadium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import lab.nightlight.server.policy.Decider;
import lab.nightlight.server.policy.Policy;
import lab.nightlight.server.policy.PolicyDecision;
import lab.nightlight.server.policy.Reading;
import org.junit.jupiter.api.Test;

/** Each policy on scripted readings: the shaded sensor, silent sensors, flapping at the threshold. */
class DeciderTest {

    private static final long NOW = 1_000_000_000_000L;
    private static final Duration FRESH = Duration.ofSeconds(10);

    private static List<Reading> readings(int... lights) {
        List<Reading> out = new ArrayList<>();
        for (int i = 0; i < lights.length; i++) {
            out.add(new Reading("s" + i, lights[i], NOW));
        }
        return out;
    }

    private static PolicyDecision decide(Policy p, List<Reading> r) {
        return new Decider(p, 300, 0, FRESH).decide(r, NOW, null);
    }

    @Test
    void oneShadedSensorSwitchesTheLightsOnlyUnderTheNaivePolicy() {
        List<Reading> shaded = readings(120, 700, 650, 720, 690); // a bird on sensor 0
        assertThat(decide(Policy.ANY, shaded).ledOn()).isTrue();
        assertThat(decide(Policy.ALL, shaded).ledOn()).isFalse();
        assertThat(decide(Policy.AVERAGE, shaded).ledOn()).isFalse();
        assertThat(decide(Policy.MEDIAN, shaded).ledOn()).isFalse();
        assertThat(decide(Policy.quorum(3), shaded).ledOn()).isFalse();
        assertThat(decide(Policy.quorum(3), shaded).explanation())
                .isEqualTo("1 of 5 sensors below 300, 3 needed: lights off.");
    }

    @Test
    void nightfallSwitchesTheLightsOnUnderEveryPolicy() {
        List<Reading> night = readings(120, 80, 200, 150, 90);
        for (Policy p : List.of(Policy.ANY, Policy.ALL, Policy.AVERAGE, Policy.MEDIAN, Policy.quorum(3))) {
            assertThat(decide(p, night).ledOn()).as(p.toString()).isTrue();
        }
        assertThat(decide(Policy.quorum(3), night).explanation()).isEqualTo("5 of 5 sensors below 300, 3 needed: lights on.");
        assertThat(decide(Policy.AVERAGE, night).explanation()).isEqualTo("average 128 below 300 over 5 sensors: lights on.");
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        PolicyDecision d = decide(Policy.MEDIAN, readings(100, 290, 320, 900));
        assertThat(d.value()).isEqualTo(305.0);
        assertThat(d.ledOn()).isFalse();
    }

    @Test
    void silentSensorsDropOutAndNoFreshSensorLeavesTheLightsAlone() {
        List<Reading> r = new ArrayList<>(readings(700, 710));
        r.add(new Reading("stuck-dark", 10, NOW - Duration.ofSeconds(30).toNanos()));
        PolicyDecision d = decide(Policy.ANY, r);
        assertThat(d.ledOn()).isFalse();
        assertThat(d.stale()).isEqualTo(1);
        assertThat(d.explanation()).contains("1 silent, left out");

        List<Reading> allOld = List.of(new Reading("a", 10, NOW - Duration.ofMinutes(1).toNanos()));
        PolicyDecision none = decide(Policy.ANY, allOld);
        assertThat(none.ledOn()).isNull();
        assertThat(none.explanation()).contains("No sensor reported in the last 10 s");
    }

    @Test
    void hysteresisStopsFlappingAroundTheThreshold() {
        Decider decider = new Decider(Policy.AVERAGE, 300, 20, FRESH);
        int[] jitter = {295, 305, 298, 303, 299, 301, 296, 304};
        Boolean state = false;
        int flips = 0;
        for (int light : jitter) {
            PolicyDecision d = decider.decide(readings(light), NOW, state);
            if (!d.ledOn().equals(state)) {
                flips++;
            }
            state = d.ledOn();
        }
        assertThat(flips).isZero();
        // Without a band the same jitter flips the lights on almost every reading.
        Decider bare = new Decider(Policy.AVERAGE, 300, 0, FRESH);
        Boolean s = false;
        int bareFlips = 0;
        for (int light : jitter) {
            PolicyDecision d = bare.decide(readings(light), NOW, s);
            bareFlips += d.ledOn().equals(s) ? 0 : 1;
            s = d.ledOn();
        }
        assertThat(bareFlips).isEqualTo(jitter.length);
        // A real change still gets through the band.
        assertThat(decider.decide(readings(250), NOW, false).ledOn()).isTrue();
        assertThat(decider.decide(readings(330), NOW, true).ledOn()).isFalse();
    }

    @Test
    void aDecisionCarriesThePolicyAndTheLimitItUsedSoAWindowCanSayItInAnotherLanguage() {
        Decider decider = new Decider(Policy.quorum(2), 300, 20, FRESH);
        PolicyDecision whileOn = decider.decide(readings(310, 700), NOW, true);
        assertThat(whileOn.policy()).isEqualTo(Policy.quorum(2));
        assertThat(whileOn.limit()).isEqualTo(320);
        assertThat(whileOn.dark()).isEqualTo(1);
        assertThat(decider.decide(readings(310, 700), NOW, false).limit()).isEqualTo(280);
        assertThat(decider.decide(readings(310, 700), NOW, null).limit()).isEqualTo(300);
    }

    @Test
    void policiesParseAsTheCommandLineWritesThem() {
        assertThat(Policy.parse("quorum:3")).isEqualTo(Policy.quorum(3));
        assertThat(Policy.parse("median")).isEqualTo(Policy.MEDIAN);
        assertThatThrownBy(() -> Policy.parse("most")).hasMessageContaining("any, all, average, median or quorum:K");
    }
}
