package lab.nightlight.cli;

import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.MqttVersion;
import picocli.CommandLine.Option;

/**
 * The options the device and the server share: which broker, which id, which MQTT, which output.
 * Their help is in the commands' part of the bundle under {@code option.*}, said once for both.
 */
final class ClientOptions {

    @Option(names = "--broker", paramLabel = "URL", defaultValue = "mqtt://127.0.0.1:1883",
            converter = OptionConverters.BrokerUrl.class, descriptionKey = "option.broker")
    BrokerAddress broker;

    @Option(names = "--id", paramLabel = "ID", required = true, converter = OptionConverters.DeviceId.class,
            descriptionKey = "option.id")
    String id;

    @Option(names = "--mqtt", paramLabel = "3|5", defaultValue = "5", converter = OptionConverters.Version.class,
            descriptionKey = "option.mqtt")
    MqttVersion version;

    @Option(names = "--user", paramLabel = "NAME", descriptionKey = "option.user")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD", arity = "0..1", fallbackValue = Terminal.ASK,
            descriptionKey = "option.password")
    String password;

    @Option(names = "--ca", paramLabel = "FILE", descriptionKey = "option.ca")
    java.nio.file.Path ca;

    @Option(names = "--insecure", descriptionKey = "option.insecure")
    boolean insecure;

    @Option(names = "--trace", descriptionKey = "option.trace")
    boolean trace;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;
}
