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

    /** "light 120 < 300: LED on" or "Rejected: ...". */
    public String explanation() {
        if (rejected()) {
            return rejection.message();
        }
        return "light " + telemetry.light() + (command.ledOn() ? " < " : " >= ") + threshold
                + ": LED " + (command.ledOn() ? "on" : "off");
    }
}
