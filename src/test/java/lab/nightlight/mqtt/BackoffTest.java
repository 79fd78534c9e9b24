package lab.nightlight.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30));

    @Test
    void theFirstRetryWaitsTheInitialDelayAndEachNextOneTwiceAsLong() {
        assertThat(backoff.delayFor(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.delayFor(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.delayFor(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.delayFor(6)).isEqualTo(Duration.ofSeconds(16));
    }

    @Test
    void delaysStopGrowingAtTheMaximum() {
        assertThat(backoff.delayFor(7)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delayFor(8)).isEqualTo(Duration.ofSeconds(30));
        // Far past any shift that would overflow a long.
        assertThat(backoff.delayFor(1_000)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delayFor(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void attemptNumbersBelowOneAreTreatedAsTheFirst() {
        assertThat(backoff.delayFor(0)).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.delayFor(-5)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void delaysNeverDecrease() {
        Duration previous = Duration.ZERO;
        for (int attempt = 1; attempt < 40; attempt++) {
            Duration d = backoff.delayFor(attempt);
            assertThat(d).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(backoff.max());
            previous = d;
        }
    }

    @Test
    void theDefaultStartsAtHalfASecondAndWaitsAtMostHalfAMinute() {
        assertThat(Backoff.DEFAULT.delayFor(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(Backoff.DEFAULT.delayFor(100)).isEqualTo(Duration.ofSeconds(30));
    }
}
