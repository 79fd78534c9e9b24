package lab.nightlight.broker;

import java.nio.file.Path;

/**
 * How to run the embedded broker. {@code port} 0 means "1883 when free, else any free port";
 * any other port is used as asked or fails with a clear message. Bound to loopback unless asked.
 */
public record BrokerSettings(int port, String bindAddress, Path workRoot) {

    public static final int MQTT_PORT = 1883;
    public static final String LOOPBACK = "127.0.0.1";

    public static BrokerSettings defaults(Path workRoot) {
        return new BrokerSettings(0, LOOPBACK, workRoot);
    }

    public BrokerSettings withPort(int p) {
        return new BrokerSettings(p, bindAddress, workRoot);
    }

    public BrokerSettings withBindAddress(String address) {
        return new BrokerSettings(port, address, workRoot);
    }
}
