package lab.nightlight.ui.chart;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * What the chart draws: light readings over the last few minutes and when the LED was on. Old
 * samples fall off by age and by count (a flood keeps the newest {@link #MAX_SAMPLES}). Not
 * thread-safe: fed and read on the FX thread.
 */
public final class LightHistory {

    public static final Duration WINDOW = Duration.ofMinutes(3);
    public static final int MAX_SAMPLES = 2000;

    public record Sample(Instant at, int light) {
    }

    /** The LED was on from {@code start} to {@code end} (null: still on). */
    public record Span(Instant start, Instant end) {
    }

    private record Switch(Instant at, boolean on) {
    }

    private final ArrayDeque<Sample> samples = new ArrayDeque<>();
    private final ArrayDeque<Switch> switches = new ArrayDeque<>();
    private long version;

    public void addLight(Instant at, int light) {
        samples.addLast(new Sample(at, light));
        while (samples.size() > MAX_SAMPLES) {
            samples.removeFirst();
        }
        version++;
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

    public List<Sample> samples() {
        return new ArrayList<>(samples);
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
        version++;
    }
}
