package lab.nightlight.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateMeterTest {

    @Test
    void theRateIsTheDifferenceOverTheTimeBetweenReadings() {
        RateMeter meter = new RateMeter();
        Instant t = Instant.parse("2025-03-01T09:00:00Z");
        assertThat(meter.update(100, t)).isZero();
        assertThat(meter.update(150, t.plusSeconds(1))).isCloseTo(50, within(0.001));
        assertThat(meter.update(250, t.plusSeconds(3))).isCloseTo(50, within(0.001));
    }

    @Test
    void aCounterThatGoesBackStartsAgain() {
        RateMeter meter = new RateMeter();
        Instant t = Instant.parse("2025-03-01T09:00:00Z");
        meter.update(1_000, t);
        assertThat(meter.update(3, t.plusSeconds(1))).isZero();
        assertThat(meter.update(13, t.plusSeconds(2))).isCloseTo(10, within(0.001));
    }

    @Test
    void atTheLessonsPaceItIsTheLastFiveSecondsRateNotTheLastSecondsBurst() {
        RateMeter meter = new RateMeter();
        Instant t = Instant.parse("2025-03-01T09:00:00Z");
        // polled every second, a few milliseconds early or late as a timeline is; a telemetry
        // and its command arrive together every 5 s
        double last = 0;
        int[] jitter = {2, 0, -1, -3};
        for (int s = 0; s <= 20; s++) {
            long count = 2L * ((s + 2) / 5);
            last = meter.update(count, t.plusMillis(1000L * s + jitter[s % jitter.length]));
            if (s >= 5) {
                assertThat(last).as("second %d", s).isCloseTo(0.4, within(0.002));
            }
        }
    }
}
