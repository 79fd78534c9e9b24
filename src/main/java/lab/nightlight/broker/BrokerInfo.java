package lab.nightlight.broker;

/**
 * A running broker: where clients reach it. {@code fellBack} is true when 1883 was taken and
 * another port was chosen, which the UI and CLI say out loud.
 */
public record BrokerInfo(String bindAddress, int port, boolean fellBack) {

    /**
     * The addresses students on the same network would use, when the broker listens beyond this
     * computer: one per site-local IPv4 address (for example mqtt://192.168.1.20:1883).
     */
    public java.util.List<String> networkUrls() {
        if (!bindAddress.equals("0.0.0.0") && !bindAddress.equals("::")) {
            return java.util.List.of();
        }
        java.util.List<String> urls = new java.util.ArrayList<>();
        try {
            for (var nif : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
                if (!nif.isUp() || nif.isLoopback()) {
                    continue;
                }
                for (var a : java.util.Collections.list(nif.getInetAddresses())) {
                    if (a instanceof java.net.Inet4Address && a.isSiteLocalAddress()) {
                        urls.add("mqtt://" + a.getHostAddress() + ":" + port);
                    }
                }
            }
        } catch (java.net.SocketException e) {
            // No list of interfaces: the window then shows only the local address.
        }
        return urls;
    }

    /** The URL clients use; a wildcard bind is reached through loopback on this machine. */
    public String url() {
        String host = bindAddress.equals("0.0.0.0") || bindAddress.equals("::") ? "127.0.0.1" : bindAddress;
        return "mqtt://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
