package lab.nightlight.lesson;

/**
 * The lesson's decision: {@code led_on = light < threshold}, with 300 as the lesson's threshold.
 * Strictly less than: a reading equal to the threshold leaves the LED off, as in the lesson.
 */
public record Threshold(int value) {

    public static final int LESSON_DEFAULT = 300;
    public static final Threshold DEFAULT = new Threshold(LESSON_DEFAULT);

    public Threshold {
        if (value < Telemetry.MIN_LIGHT || value > Telemetry.MAX_LIGHT + 1) {
            throw new IllegalArgumentException("threshold must be 0..1024, was " + value);
        }
    }

    public Command decide(Telemetry telemetry) {
        return Command.of(telemetry.light() < value);
    }
}
