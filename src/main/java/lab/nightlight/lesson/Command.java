package lab.nightlight.lesson;

/** The server's command: {@code {"led_on": true|false}}. */
public record Command(boolean ledOn) {

    public static final Command ON = new Command(true);
    public static final Command OFF = new Command(false);

    public static Command of(boolean ledOn) {
        return ledOn ? ON : OFF;
    }
}
