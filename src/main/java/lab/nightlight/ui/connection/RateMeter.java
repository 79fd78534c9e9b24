package lab.nightlight.ui.connection;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;

/**
 * Messages per second from a counter polled now and then: what it counted over the last
 * {@link #WINDOW}. A second's difference alone says 0, 0, 0, 2, 0 at the lesson's pace (a
 * telemetry and a command every 5 s); over five seconds it says 0.4. A counter that goes back
 * (a new broker) restarts the meter.
 */
public final class RateMeter {

    public static final Duration WINDOW = Duration.ofSeconds(5);

    private record Reading(long count, Instant at) {
    }

    private final ArrayDeque<Reading> readings = new ArrayDeque<>();

    /** Forgets the readings: the next is a first one (another broker's counter). */
    public void reset() {
        readings.clear();
    }

    /** The rate since the reading nearest to {@link #WINDOW} ago, or 0 for the first one. */
    public double update(long count, Instant at) {
        Reading newest = readings.peekLast();
        if (newest != null && count < newest.count()) {
            readings.clear();
        }
        readings.addLast(new Reading(count, at));
        Duration keep = WINDOW.plus(WINDOW);
        while (readings.size() > 1 && Duration.between(readings.peekFirst().at(), at).compareTo(keep) > 0) {
            readings.removeFirst();
        }
        // Counted from the reading nearest to WINDOW ago: polls come a few milliseconds early or
        // late, and a window that takes one reading more or less reads 0.33 or 0.5, not 0.4.
        Reading oldest = readings.peekFirst();
        long nearest = Long.MAX_VALUE;
        for (Reading r : readings) {
            long off = Math.abs(Duration.between(r.at(), at).minus(WINDOW).toMillis());
            if (off < nearest) {
                nearest = off;
                oldest = r;
            }
        }
        long millis = Duration.between(oldest.at(), at).toMillis();
        return millis > 0 ? (count - oldest.count()) * 1000.0 / millis : 0;
    }
}
