package lab.nightlight.cli;

import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.MqttVersion;
import picocli.CommandLine.Option;

/** The options the device and the server share: which broker, which id, which MQTT, which output. */
final class ClientOptions {

    @Option(names = "--broker", paramLabel = "URL", defaultValue = "mqtt://127.0.0.1:1883",
            converter = OptionConverters.BrokerUrl.class,
            description = "The MQTT broker to connect to, as mqtt://host:port or tcp://host:port; mqtts://host:8883 "
                    + "for TLS, ws://host:8080/mqtt or wss://host:8081/mqtt for WebSockets. "
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

    @Option(names = "--user", paramLabel = "NAME",
            description = "The user name, for a broker that asks for a login (a school's Mosquitto, classroom mode).")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD", interactive = true, arity = "0..1",
            description = "The password for --user. Give it without a value to be asked for it, so it stays out "
                    + "of your shell history; it is never printed.")
    char[] password;

    @Option(names = "--ca", paramLabel = "FILE",
            description = "The certificate (PEM) of the authority that signed a TLS broker's certificate, "
                    + "when this computer does not already trust it.")
    java.nio.file.Path ca;

    @Option(names = "--insecure",
            description = "Trust any TLS certificate and host name, for a self-signed classroom broker you run "
                    + "yourself. Anyone between you and the broker could then read and change the messages.")
    boolean insecure;

    @Option(names = "--trace",
            description = "Print every MQTT packet this client sends and receives (-> out, <- in), as seen "
                    + "on its side of the wire. Works with mqtt:// brokers.")
    boolean trace;

    @Option(names = "--json",
            description = "Print one JSON object per line, each with an \"event\" field, for scripts.")
    boolean json;
}
