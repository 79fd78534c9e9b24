package lab.nightlight.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LightHistoryTest {

    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    @Test
    void forgetsReadingsOlderThanTheWindow() {
        LightHistory h = new LightHistory();
        h.addLight(T0, 100);
        h.addLight(T0.plusSeconds(60), 200);
        h.addLight(T0.plusSeconds(200), 300);
        h.trim(T0.plusSeconds(200));
        assertThat(h.samples()).extracting(LightHistory.Sample::light).containsExactly(200, 300);
    }

    @Test
    void aFloodKeepsTheNewestSamples() {
        LightHistory h = new LightHistory();
        for (int i = 0; i < 10_000; i++) {
            h.addLight(T0.plusMillis(i), i % 1024);
        }
        assertThat(h.samples()).hasSize(LightHistory.MAX_SAMPLES);
        assertThat(h.samples().get(h.samples().size() - 1).at()).isEqualTo(T0.plusMillis(9_999));
    }

    @Test
    void ledOnPeriodsAreClippedToTheWindowAndTheCurrentOneIsOpen() {
        LightHistory h = new LightHistory();
        h.led(T0, true);
        h.led(T0.plusSeconds(10), false);
        h.led(T0.plusSeconds(100), true);
        h.led(T0.plusSeconds(100), true); // no change, no new switch
        h.led(T0.plusSeconds(120), false);
        h.led(T0.plusSeconds(200), true);
        Instant now = T0.plusSeconds(230);
        h.trim(now);
        Instant from = now.minus(LightHistory.WINDOW);
        assertThat(h.ledOnSpans(from)).containsExactly(
                new LightHistory.Span(T0.plusSeconds(100), T0.plusSeconds(120)),
                new LightHistory.Span(T0.plusSeconds(200), null));
    }

    @Test
    void aPeriodThatBeganBeforeTheWindowStartsAtItsEdge() {
        LightHistory h = new LightHistory();
        h.led(T0, true);
        Instant now = T0.plus(Duration.ofMinutes(10));
        h.trim(now);
        Instant from = now.minus(LightHistory.WINDOW);
        assertThat(h.ledOnSpans(from)).containsExactly(new LightHistory.Span(from, null));
    }
}
