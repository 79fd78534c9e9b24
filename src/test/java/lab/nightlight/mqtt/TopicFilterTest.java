package lab.nightlight.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Filter matching as the MQTT specification (4.7) and the broker do it. */
class TopicFilterTest {

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "nl-1/telemetry        | nl-1/telemetry        | true",
            "nl-1/telemetry        | nl-2/telemetry        | false",
            "+/telemetry           | nl-1/telemetry        | true",
            "+/telemetry           | nl-1/commands         | false",
            "+/telemetry           | a/b/telemetry         | false",
            "+/telemetry           | /telemetry            | true",
            "nl-1/+                | nl-1/                 | true",
            "nl-1/+                | nl-1                  | false",
            "nl-1/#                | nl-1                  | true",
            "nl-1/#                | nl-1/telemetry        | true",
            "nl-1/#                | nl-1/a/b/c            | true",
            "nl-1/#                | nl-10/telemetry       | false",
            "#                     | nl-1/telemetry        | true",
            "#                     | /                     | true",
            "+/+                   | nl-1/telemetry        | true",
            "+/+                   | nl-1                  | false",
            "+                     | nl-1                  | true",
            "+                     | nl-1/telemetry        | false",
            "nl-1/telemetry        | nl-1/telemetry/       | false",
            "nl-1/telemetry        | NL-1/telemetry        | false",
            // $-topics are the broker's own: a leading wildcard does not reach them (MQTT 4.7.2).
            "#                     | $SYS/broker/uptime    | false",
            "+/broker/uptime       | $SYS/broker/uptime    | false",
            "$SYS/#                | $SYS/broker/uptime    | true",
            "$SYS/+/uptime         | $SYS/broker/uptime    | true",
    })
    void matchesLikeTheBroker(String filter, String topic, boolean matches) {
        assertThat(TopicFilter.matches(filter, topic)).isEqualTo(matches);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl-1/telemetry", "+/telemetry", "nl-1/#", "#", "+", "/", "+/+/#", "$SYS/#", "a//b"})
    void validFiltersHaveNoProblem(String filter) {
        assertThat(TopicFilter.problemWith(filter)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/telemetry/*", "*/telemetry", "nl-*/telemetry", "*"})
    void aStarIsExplainedAsNotAWildcard(String filter) {
        assertThat(TopicFilter.problemWith(filter)).contains("'*' is not an MQTT wildcard").contains("'+'").contains("'#'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl-1/#/telemetry", "nl-1#", "#/x", "nl-1/te#"})
    void aHashMustStandAloneAtTheEnd(String filter) {
        assertThat(TopicFilter.problemWith(filter)).contains("'#' must stand alone as the last level");
        assertThat(TopicFilter.check(filter)).isEqualTo(TopicFilter.Problem.HASH_NOT_LAST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl+/telemetry", "+nl/telemetry", "nl-1/tele+"})
    void aPlusMustFillAWholeLevel(String filter) {
        assertThat(TopicFilter.problemWith(filter)).contains("'+' must fill a whole level");
    }

    @ParameterizedTest
    @ValueSource(strings = {""})
    void anEmptyFilterIsAProblem(String filter) {
        assertThat(TopicFilter.problemWith(filter)).contains("empty");
        assertThat(TopicFilter.problemWith(null)).contains("empty");
        assertThat(TopicFilter.check(null)).isEqualTo(TopicFilter.Problem.EMPTY);
    }
}
