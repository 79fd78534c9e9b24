package lab.nightlight.guide;

import java.util.Locale;

/** The lesson's tasks in order, each ticked when the app sees it happen. */
public enum LessonStep {
    /** "Connect your device to the MQTT broker." */
    CONNECT_DEVICE,
    /** "Send telemetry from your IoT device." */
    SEND_TELEMETRY,
    /** "Receive telemetry from the MQTT broker" (the server's side). */
    RECEIVE_TELEMETRY,
    /** "Send commands to the MQTT broker." */
    SEND_COMMAND,
    /** "Handle commands on the IoT device." */
    HANDLE_COMMAND;

    /** Bundle key of the step's title; {@code .question} adds the lesson's question for it. */
    public String key() {
        return "guide.step." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
