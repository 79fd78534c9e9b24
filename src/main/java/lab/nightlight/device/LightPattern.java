package lab.nightlight.device;

import java.util.Locale;
import java.util.Random;

/**
 * How a fleet's sensors move on each tick, like CounterFit's random option: steady, noisy
 * around a level, drifting at random, or falling towards night.
 */
public record LightPattern(Kind kind, int level, int amplitude) {

    public enum Kind { STEADY, NOISE, DRIFT, NIGHTFALL }

    public static LightPattern steady(int level) {
        return new LightPattern(Kind.STEADY, level, 0);
    }

    public static LightPattern noise(int level, int amplitude) {
        return new LightPattern(Kind.NOISE, level, amplitude);
    }

    /** steady:600, noise:600:50, drift:600:20, nightfall:20 (as the {@code device --pattern} option takes it). */
    public static LightPattern parse(String text) {
        String[] parts = text.trim().toLowerCase(Locale.ROOT).split(":");
        try {
            Kind kind = Kind.valueOf(parts[0].toUpperCase(Locale.ROOT));
            int a = parts.length > 1 ? Integer.parseInt(parts[1]) : 600;
            int b = parts.length > 2 ? Integer.parseInt(parts[2]) : 30;
            return kind == Kind.NIGHTFALL ? new LightPattern(kind, 0, a) : new LightPattern(kind, a, b);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a light pattern; use steady:600, noise:600:50,"
                    + " drift:600:20 or nightfall:20.");
        }
    }

    /** The next reading for one sensor. */
    public int next(int current, Random random) {
        int value = switch (kind) {
            case STEADY -> level;
            case NOISE -> level + (int) Math.round(random.nextGaussian() * amplitude);
            case DRIFT -> current + random.nextInt(2 * amplitude + 1) - amplitude;
            case NIGHTFALL -> current - amplitude;
        };
        return Math.max(0, Math.min(1023, value));
    }
}
