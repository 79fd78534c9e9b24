package lab.nightlight.server.policy;

/**
 * A decision with its reason: whether the lights should be on, how many fresh sensors there
 * were and how many of them counted as dark, and a sentence such as
 * "3 of 5 sensors below 300: lights on". {@code ledOn} is null when no sensor is fresh, and the
 * lights are then left as they were.
 */
public record PolicyDecision(Boolean ledOn, int fresh, int dark, int stale, double value, String explanation) {
}
