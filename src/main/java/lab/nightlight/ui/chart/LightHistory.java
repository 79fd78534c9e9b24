package lab.nightlight.ui.chart;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * What the chart draws: light readings over the last few minutes and when the LED was on. Old
 * samples fall off by age. Readings that come faster than one per {@link #SLICE} (a flood, a
 * slider dragged) are thinned to each slice's first, lowest, highest and last reading: the chart
 * is about 600 pixels for three minutes, so a slice is about a pixel's column, and the line keeps
 * its shape and its three minutes however fast readings come. Not thread-safe: fed and read on
 * the FX thread.
 */
public final class LightHistory {

    public static final Duration WINDOW = Duration.ofMinutes(3);
    public static final Duration SLICE = Duration.ofMillis(250);
    /** Four readings a slice over the whole window; only readings that go back in time reach it. */
    public static final int MAX_SAMPLES = (int) (4 * WINDOW.toMillis() / SLICE.toMillis());

    public record Sample(Instant at, int light) {
    }

    /** The LED was on from {@code start} to {@code end} (null: still on). */
    public record Span(Instant start, Instant end) {
    }

    private record Switch(Instant at, boolean on) {
    }

    private static final long NO_SLICE = Long.MIN_VALUE;

    private final ArrayDeque<Sample> samples = new ArrayDeque<>();
    private final ArrayDeque<Switch> switches = new ArrayDeque<>();
    private long version;
    /** The slice still filling, and its first, lowest, highest and last reading so far. */
    private long openSlice = NO_SLICE;
    private Sample first;
    private Sample lowest;
    private Sample highest;
    private Sample last;

    public void addLight(Instant at, int light) {
        Sample s = new Sample(at, light);
        long slice = Math.floorDiv(at.toEpochMilli(), SLICE.toMillis());
        if (slice != openSlice) {
            closeSlice();
            openSlice = slice;
            first = s;
            lowest = s;
            highest = s;
        } else if (light < lowest.light()) {
            lowest = s;
        } else if (light > highest.light()) {
            highest = s;
        }
        last = s;
        version++;
    }

    private void closeSlice() {
        if (openSlice == NO_SLICE) {
            return;
        }
        samples.addAll(openSliceReadings());
        openSlice = NO_SLICE;
        while (samples.size() > MAX_SAMPLES) {
            samples.removeFirst();
        }
    }

    /** The open slice's kept readings, in the order they came, each once. */
    private List<Sample> openSliceReadings() {
        List<Sample> kept = new ArrayList<>(4);
        if (openSlice == NO_SLICE) {
            return kept;
        }
        kept.add(first);
        boolean lowFirst = !lowest.at().isAfter(highest.at());
        keepOnce(kept, lowFirst ? lowest : highest);
        keepOnce(kept, lowFirst ? highest : lowest);
        keepOnce(kept, last);
        return kept;
    }

    private static void keepOnce(List<Sample> kept, Sample s) {
        // by identity: two readings alike in time and light are still two readings
        for (Sample k : kept) {
            if (k == s) {
                return;
            }
        }
        kept.add(s);
    }

    public void led(Instant at, boolean on) {
        Switch last = switches.peekLast();
        if (last != null && last.on() == on) {
            return;
        }
        switches.addLast(new Switch(at, on));
        while (switches.size() > MAX_SAMPLES) {
            switches.removeFirst();
        }
        version++;
    }

    /** Drops what is older than the window (keeping the LED switch that tells its state at the start). */
    public void trim(Instant now) {
        Instant from = now.minus(WINDOW);
        while (!samples.isEmpty() && samples.peekFirst().at().isBefore(from)) {
            samples.removeFirst();
            version++;
        }
        if (openSlice != NO_SLICE && last.at().isBefore(from)) {
            openSlice = NO_SLICE;
            version++;
        }
        while (switches.size() > 1) {
            Iterator<Switch> it = switches.iterator();
            it.next();
            if (it.next().at().isAfter(from)) {
                break;
            }
            switches.removeFirst();
            version++;
        }
    }

    /** The readings to draw, oldest first. */
    public List<Sample> samples() {
        List<Sample> all = new ArrayList<>(samples.size() + 4);
        all.addAll(samples);
        all.addAll(openSliceReadings());
        return all;
    }

    /** The periods the LED was on, clipped to start no earlier than {@code from}. */
    public List<Span> ledOnSpans(Instant from) {
        List<Span> spans = new ArrayList<>();
        Instant start = null;
        for (Switch s : switches) {
            if (s.on() && start == null) {
                start = s.at().isBefore(from) ? from : s.at();
            } else if (!s.on() && start != null) {
                if (s.at().isAfter(from)) {
                    spans.add(new Span(start, s.at()));
                }
                start = null;
            }
        }
        if (start != null) {
            spans.add(new Span(start, null));
        }
        return spans;
    }

    /** Changes whenever something was added or dropped: the chart redraws only then (and once a second). */
    public long version() {
        return version;
    }

    public void clear() {
        samples.clear();
        switches.clear();
        openSlice = NO_SLICE;
        version++;
    }
}
