package lab.nightlight.lesson;

/** The device's telemetry: {@code {"light": N}}, N a light sensor reading 0..1023. */
public record Telemetry(int light) {

    public static final int MIN_LIGHT = 0;
    /** The Grove light sensor on a Wio Terminal reads 0..1023 (10-bit ADC). */
    public static final int MAX_LIGHT = 1023;

    public Telemetry {
        if (light < MIN_LIGHT || light > MAX_LIGHT) {
            throw new IllegalArgumentException("light must be 0..1023, was " + light);
        }
    }
}
