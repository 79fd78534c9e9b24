package lab.nightlight.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
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
    void readingsAtTheLessonsPaceAreAllKept() {
        LightHistory h = new LightHistory();
        for (int i = 0; i < 100; i++) {
            h.addLight(T0.plusMillis(300L * i), i);
        }
        assertThat(h.samples()).extracting(LightHistory.Sample::light).hasSize(100).isSorted();
    }

    @Test
    void aFloodKeepsItsWholeSpanAndEverySlicesLowestAndHighest() {
        LightHistory h = new LightHistory();
        // ten seconds at 1,000 a second: forty slices of 250 readings each
        for (int i = 0; i < 10_000; i++) {
            h.addLight(T0.plusMillis(i), (i * 7) % 1024);
        }
        List<LightHistory.Sample> kept = h.samples();
        assertThat(kept).hasSizeLessThanOrEqualTo(4 * 40);
        assertThat(kept.get(0).at()).isEqualTo(T0);
        assertThat(kept.get(kept.size() - 1).at()).isEqualTo(T0.plusMillis(9_999));
        assertThat(kept).extracting(LightHistory.Sample::at).isSorted();
        for (int slice = 0; slice < 40; slice++) {
            int from = slice * 250;
            List<Integer> inSlice = kept.stream()
                    .filter(s -> !s.at().isBefore(T0.plusMillis(from)) && s.at().isBefore(T0.plusMillis(from + 250)))
                    .map(LightHistory.Sample::light).toList();
            int low = IntStream.range(from, from + 250).map(i -> (i * 7) % 1024).min().orElseThrow();
            int high = IntStream.range(from, from + 250).map(i -> (i * 7) % 1024).max().orElseThrow();
            assertThat(inSlice).as("slice %d", slice).contains(low, high).allMatch(l -> l >= low && l <= high);
        }
    }

    @Test
    void aSliceStillFillingIsDrawnAndForgottenWithTheRest() {
        LightHistory h = new LightHistory();
        h.addLight(T0, 500);
        h.addLight(T0.plusMillis(10), 100);
        h.addLight(T0.plusMillis(20), 900);
        h.addLight(T0.plusMillis(30), 400);
        assertThat(h.samples()).extracting(LightHistory.Sample::light).containsExactly(500, 100, 900, 400);
        h.trim(T0.plus(LightHistory.WINDOW).plusSeconds(1));
        assertThat(h.samples()).isEmpty();
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
