package lab.nightlight.server;

import java.time.Instant;
import lab.nightlight.lesson.Command;
import lab.nightlight.lesson.Rejection;
import lab.nightlight.lesson.Telemetry;
import lab.nightlight.mqtt.Qos;

/**
 * One line of the server's log: a telemetry message as received, and either the decision taken
 * for it (with the threshold in force) or why it was rejected.
 */
public record LogEntry(
        long sequence,
        Instant receivedAt,
        String topic,
        Qos qos,
        boolean retain,
        Telemetry telemetry,
        int threshold,
        Command command,
        Rejection rejection) {

    public boolean rejected() {
        return rejection != null;
    }

    /**
     * The bundle key that explains this entry in a window's language: {@code decision.on} or
     * {@code decision.off}, filled with the light and the threshold as text, or
     * {@code decision.rejected}, filled with the sentence of {@code rejection().reason().key()}.
     */
    public String explanationKey() {
        if (rejected()) {
            return "decision.rejected";
        }
        return command.ledOn() ? "decision.on" : "decision.off";
    }

    /** "light 120 < 300: LED on" or "Rejected: ...", in English for logs and the server command. */
    public String explanation() {
        if (rejected()) {
            return rejection.message();
        }
        return "light " + telemetry.light() + (command.ledOn() ? " < " : " >= ") + threshold
                + ": LED " + (command.ledOn() ? "on" : "off");
    }
}
