package lab.nightlight.server.policy;

/**
 * A decision with its reason: whether the lights should be on, how many fresh sensors there
 * were and how many of them counted as dark, and a sentence such as
 * "3 of 5 sensors below 300: lights on". {@code ledOn} is null when no sensor is fresh, and the
 * lights are then left as they were.
 *
 * <p>The sentence is English. {@code policy} and {@code limit} (the threshold after hysteresis,
 * the number a sensor had to be below to count as dark) are there so that a window can say the
 * same in its own language from the numbers alone.
 */
public record PolicyDecision(Boolean ledOn, int fresh, int dark, int stale, double value, Policy policy, int limit,
                             String explanation) {
}
