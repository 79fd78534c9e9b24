package lab.nightlight.server;

import java.time.Instant;
import lab.nightlight.lesson.Command;
import lab.nightlight.lesson.Presence;
import lab.nightlight.mqtt.MqttProblem;

/**
 * What the nightlight server reports, on the server's event executor. Under a flood the oldest
 * per-message calls may be dropped before they are delivered (at most {@link NightlightServer#LOG_CAPACITY}
 * wait); the server's counters stay exact.
 */
public interface ServerListener {

    /** A telemetry message was decided or rejected. */
    default void logged(LogEntry entry) {
    }

    /** A command was handed to the broker (for QoS 1/2: acknowledged). */
    default void commandSent(Command command, LogEntry cause) {
    }

    default void commandFailed(Command command, MqttProblem problem) {
    }

    /** The device said it is online, or the broker said it is offline (its last will). */
    default void presenceChanged(Presence presence, boolean retained, Instant at) {
    }
}
