package lab.nightlight.broker;

/**
 * A running broker: where clients reach it. {@code fellBack} is true when 1883 was taken and
 * another port was chosen, which the UI and CLI say out loud.
 */
public record BrokerInfo(String bindAddress, int port, boolean fellBack) {

    /** The URL clients use; a wildcard bind is reached through loopback on this machine. */
    public String url() {
        String host = bindAddress.equals("0.0.0.0") || bindAddress.equals("::") ? "127.0.0.1" : bindAddress;
        return "mqtt://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
