package lab.nightlight.server.policy;

/** One sensor's latest light level and when it arrived (monotonic nanoseconds). */
public record Reading(String sensor, int light, long atNanos) {
}
