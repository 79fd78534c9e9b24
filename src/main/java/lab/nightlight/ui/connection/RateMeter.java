package lab.nightlight.ui.connection;

import java.time.Duration;
import java.time.Instant;

/**
 * Messages per second from a counter polled now and then: the difference of two readings over the
 * time between them. A counter that goes back (a new broker) restarts the meter.
 */
public final class RateMeter {

    private long lastCount = -1;
    private Instant lastAt;

    /** Forgets the readings: the next is a first one (another broker's counter). */
    public void reset() {
        lastCount = -1;
        lastAt = null;
    }

    /** The rate since the previous reading, or 0 for the first one. */
    public double update(long count, Instant at) {
        double rate = 0;
        if (lastAt != null && count >= lastCount) {
            long millis = Duration.between(lastAt, at).toMillis();
            if (millis > 0) {
                rate = (count - lastCount) * 1000.0 / millis;
            }
        }
        lastCount = count;
        lastAt = at;
        return rate;
    }
}
