package lab.nightlight.device;

import java.time.Instant;
import lab.nightlight.lesson.Rejection;
import lab.nightlight.lesson.Telemetry;
import lab.nightlight.mqtt.MqttProblem;
import lab.nightlight.mqtt.Qos;

/**
 * What the virtual device reports, on the device's event executor. Under a flood the oldest
 * per-message calls may be dropped before they are delivered (at most {@link VirtualDevice#EVENTS_WAITING}
 * wait); the device's counters stay exact.
 */
public interface DeviceListener {

    /** Telemetry was handed to the broker (for QoS 1/2: acknowledged). */
    default void telemetrySent(Telemetry telemetry, Qos qos, Instant at) {
    }

    /** Telemetry could not be sent (not connected, refused). */
    default void telemetryFailed(Telemetry telemetry, MqttProblem problem) {
    }

    /** A command arrived through the broker and set the LED. */
    default void ledChanged(boolean on, boolean retained, Instant at) {
    }

    /** A command arrived that was not the lesson's format; the LED stays as it was. */
    default void commandRejected(Rejection rejection, Instant at) {
    }
}
