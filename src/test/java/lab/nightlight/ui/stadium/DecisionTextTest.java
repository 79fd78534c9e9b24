package lab.nightlight.ui.stadium;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import lab.nightlight.server.policy.Policy;
import lab.nightlight.server.policy.PolicyDecision;
import lab.nightlight.ui.Texts;
import org.junit.jupiter.api.Test;

/** The decision in the window's language from its numbers, for every policy. */
class DecisionTextTest {

    private static final Duration FRESH = Duration.ofSeconds(10);
    private final DecisionText en = new DecisionText(Texts.load(Locale.ENGLISH));
    private final DecisionText ko = new DecisionText(Texts.load(Locale.KOREAN));

    private static PolicyDecision d(Boolean on, Policy p, int fresh, int dark, int stale, double value, int limit) {
        return new PolicyDecision(on, fresh, dark, stale, value, p, limit, "(English)");
    }

    @Test
    void everyPolicySaysWhyInEnglish() {
        assertThat(en.explain(d(true, Policy.ANY, 5, 3, 0, 3, 300), FRESH))
                .isEqualTo("3 of 5 sensors below 300, any one is enough: lights on.");
        assertThat(en.explain(d(false, Policy.ALL, 5, 4, 0, 4, 300), FRESH))
                .isEqualTo("4 of 5 sensors below 300, all must be: lights off.");
        assertThat(en.explain(d(false, Policy.quorum(3), 5, 1, 0, 1, 280), FRESH))
                .isEqualTo("1 of 5 sensors below 280, 3 needed: lights off.");
        assertThat(en.explain(d(true, Policy.AVERAGE, 5, 5, 0, 127.6, 300), FRESH))
                .isEqualTo("Average 128 below 300 over 5 sensors: lights on.");
        assertThat(en.explain(d(false, Policy.MEDIAN, 10, 1, 2, 1023, 320), FRESH))
                .isEqualTo("Median 1023 not below 320 over 10 sensors (2 silent, left out): lights off.");
    }

    @Test
    void noFreshSensorLeavesTheLightsAlone() {
        assertThat(en.explain(d(null, Policy.ANY, 0, 0, 0, Double.NaN, 300), FRESH))
                .isEqualTo("No sensor has reported yet: the lights stay as they are.");
        assertThat(en.explain(d(null, Policy.ANY, 0, 0, 3, Double.NaN, 300), FRESH))
                .isEqualTo("No sensor reported in the last 10 s: the lights stay as they are.");
        assertThat(ko.explain(d(null, Policy.ANY, 0, 0, 3, Double.NaN, 300), FRESH))
                .isEqualTo("최근 10초 동안 보고한 센서가 없습니다. 조명은 그대로입니다.");
    }

    @Test
    void everyPolicySaysWhyInKorean() {
        assertThat(ko.explain(d(true, Policy.ANY, 5, 3, 0, 3, 300), FRESH))
                .isEqualTo("센서 5개 중 3개가 300 미만, 하나만 어두워도 충분 → 조명을 켭니다.");
        assertThat(ko.explain(d(false, Policy.quorum(3), 5, 1, 1, 1, 280), FRESH))
                .isEqualTo("센서 5개 중 1개가 280 미만, 3개 필요 (1개는 응답이 없어 제외) → 조명을 끕니다.");
        assertThat(ko.explain(d(false, Policy.MEDIAN, 10, 1, 0, 640, 320), FRESH))
                .isEqualTo("센서 10개의 중앙값 640, 320보다 낮지 않음 → 조명을 끕니다.");
        for (Policy.Kind kind : Policy.Kind.values()) {
            assertThat(ko.policyName(kind)).isNotBlank().doesNotStartWith("stadium.");
            assertThat(ko.policyHint(kind)).isNotBlank().doesNotStartWith("stadium.");
        }
        assertThat(ko.headline(true)).isEqualTo("조명 켜짐");
    }
}
