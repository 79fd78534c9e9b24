package lab.nightlight.codegen;

import java.util.Objects;
import lab.nightlight.lesson.Topics;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.MqttVersion;

/**
 * What the generated code should do: the app's current settings, so that a student can copy
 * the code and get on a real device what they just saw in the window.
 */
public record CodeSettings(Topics topics, BrokerAddress broker, MqttVersion version, int threshold,
                           int telemetryQos, int commandQos, boolean retainCommands, int intervalSeconds) {

    public CodeSettings {
        Objects.requireNonNull(topics);
        Objects.requireNonNull(broker);
        Objects.requireNonNull(version);
    }
}
