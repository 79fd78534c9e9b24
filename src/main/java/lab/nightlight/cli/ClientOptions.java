package lab.nightlight.cli;

import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.MqttVersion;
import picocli.CommandLine.Option;

/** The options the device and the server share: which broker, which id, which MQTT, which output. */
final class ClientOptions {

    @Option(names = "--broker", paramLabel = "URL", defaultValue = "mqtt://127.0.0.1:1883",
            converter = OptionConverters.BrokerUrl.class,
            description = "The MQTT broker to connect to, as mqtt://host:port or tcp://host:port. "
                    + "Default: ${DEFAULT-VALUE} (the broker command on this computer).")
    BrokerAddress broker;

    @Option(names = "--id", paramLabel = "ID", required = true, converter = OptionConverters.DeviceId.class,
            description = "Your device id. It starts every topic (ID/telemetry, ID/commands), so give the device "
                    + "and the server the same one, and pick one nobody else uses (the lesson suggests a GUID).")
    String id;

    @Option(names = "--mqtt", paramLabel = "3|5", defaultValue = "5", converter = OptionConverters.Version.class,
            description = "The MQTT version to speak: 5, or 3 for MQTT 3.1.1 (what the lesson's Python code "
                    + "and a Wio Terminal speak). Default: ${DEFAULT-VALUE}.")
    MqttVersion version;

    @Option(names = "--json",
            description = "Print one JSON object per line, each with an \"event\" field, for scripts.")
    boolean json;
}
