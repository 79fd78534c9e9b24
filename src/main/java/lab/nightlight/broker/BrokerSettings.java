package lab.nightlight.broker;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;

/**
 * How to run the embedded broker. {@code port} 0 means "1883 when free, else any free port";
 * any other port is used as asked or fails with a clear message. Bound to loopback unless asked;
 * listening beyond this computer (classroom mode) requires a user name and password.
 */
public record BrokerSettings(int port, String bindAddress, Path workRoot, String username, String password) {

    public static final int MQTT_PORT = 1883;
    public static final String LOOPBACK = "127.0.0.1";

    public BrokerSettings(int port, String bindAddress, Path workRoot) {
        this(port, bindAddress, workRoot, null, null);
    }

    public static BrokerSettings defaults(Path workRoot) {
        return new BrokerSettings(0, LOOPBACK, workRoot);
    }

    public BrokerSettings withPort(int p) {
        return new BrokerSettings(p, bindAddress, workRoot, username, password);
    }

    public BrokerSettings withBindAddress(String address) {
        return new BrokerSettings(port, address, workRoot, username, password);
    }

    /** Classroom mode: students on the network connect with this user name and password. */
    public BrokerSettings withCredentials(String user, String pass) {
        return new BrokerSettings(port, bindAddress, workRoot, user, pass);
    }

    public boolean requiresLogin() {
        return username != null && !username.isEmpty();
    }

    /** True when only this computer can connect. */
    public boolean loopbackOnly() {
        try {
            return InetAddress.getByName(bindAddress).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Never print the password. */
    @Override
    public String toString() {
        return "BrokerSettings[port=" + port + ", bind=" + bindAddress + ", user=" + (username == null ? "-" : username)
                + ", password=" + (password == null ? "-" : "***") + "]";
    }
}
