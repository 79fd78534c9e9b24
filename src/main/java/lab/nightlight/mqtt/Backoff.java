package lab.nightlight.mqtt;

import java.time.Duration;

/** Reconnect delays: doubling from {@code initial} up to {@code max}. */
public record Backoff(Duration initial, Duration max) {

    public static final Backoff DEFAULT = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30));

    /** The delay before reconnect attempt {@code attempt} (1 = the first retry). */
    public Duration delayFor(int attempt) {
        int shift = Math.max(0, Math.min(attempt - 1, 20));
        long millis = initial.toMillis() << shift;
        return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
    }
}
