package lab.nightlight.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lesson's rule is {@code led_on = light < 300}: strictly less than. */
class ThresholdTest {

    @ParameterizedTest(name = "light {0} at threshold {1}: LED on {2}")
    @CsvSource({
            "299, 300, true",
            "300, 300, false",
            "301, 300, false",
            "0, 300, true",
            "1023, 300, false",
            // Threshold 0: nothing is darker than 0, the LED never turns on.
            "0, 0, false",
            // Threshold 1024: everything the sensor can read is darker, the LED is always on.
            "1023, 1024, true",
            "1022, 1023, true",
            "1023, 1023, false",
    })
    void theLedIsOnOnlyWhenTheLightIsStrictlyBelowTheThreshold(int light, int threshold, boolean on) {
        assertThat(new Threshold(threshold).decide(new Telemetry(light))).isEqualTo(Command.of(on));
    }

    @Test
    void theDefaultIsTheLessons300() {
        assertThat(Threshold.DEFAULT.value()).isEqualTo(300);
        assertThat(Threshold.DEFAULT.decide(new Telemetry(299))).isEqualTo(Command.ON);
        assertThat(Threshold.DEFAULT.decide(new Telemetry(300))).isEqualTo(Command.OFF);
    }

    @Test
    void thresholdsOutsideWhatCanDecideAnythingAreRefused() {
        assertThatThrownBy(() -> new Threshold(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Threshold(1025)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void telemetryOutsideTheSensorsRangeCannotBeMade() {
        assertThatThrownBy(() -> new Telemetry(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Telemetry(1024)).isInstanceOf(IllegalArgumentException.class);
    }
}
