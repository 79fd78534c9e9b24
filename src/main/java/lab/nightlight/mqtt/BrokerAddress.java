package lab.nightlight.mqtt;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a broker listens, parsed from a URL such as {@code mqtt://127.0.0.1:1883} or
 * {@code tcp://broker.local:1883}. A missing port means 1883.
 */
public record BrokerAddress(String host, int port) {

    public static final int DEFAULT_PORT = 1883;
    public static final BrokerAddress LOCAL_DEFAULT = new BrokerAddress("127.0.0.1", DEFAULT_PORT);

    public BrokerAddress {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("The broker address has no host name.");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("The broker port must be 1 to 65535, was " + port + ".");
        }
    }

    /**
     * Parses {@code mqtt://host:port}, {@code tcp://host:port} or a bare {@code host[:port]}.
     *
     * @throws IllegalArgumentException with a sentence a student can act on
     */
    public static BrokerAddress parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("The broker address is empty; try mqtt://127.0.0.1:1883.");
        }
        String text = url.trim();
        if (!text.contains("://")) {
            text = "mqtt://" + text;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + url + "' is not a broker address; write it like mqtt://127.0.0.1:1883.");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("mqtt") && !scheme.equals("tcp")) {
            throw new IllegalArgumentException("'" + scheme + "://' is not supported here; use mqtt://host:port or tcp://host:port.");
        }
        if (uri.getHost() == null) {
            return fromAuthority(url, uri.getRawAuthority());
        }
        // URI keeps the brackets of an IPv6 literal ("[::1]"); the client needs the bare address.
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1) : uri.getHost();
        return new BrokerAddress(host, uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort());
    }

    /**
     * java.net.URI takes no underscore in a host name, yet Docker Compose service names such as
     * {@code mosquitto_broker} resolve fine; read {@code host[:port]} from the authority ourselves.
     */
    private static BrokerAddress fromAuthority(String url, String authority) {
        String noHost = "'" + url + "' has no host name; write it like mqtt://127.0.0.1:1883.";
        if (authority == null) {
            throw new IllegalArgumentException(noHost);
        }
        int colon = authority.lastIndexOf(':');
        String host = colon < 0 ? authority : authority.substring(0, colon);
        String port = colon < 0 ? "" : authority.substring(colon + 1);
        if (host.isEmpty() || !host.matches("[A-Za-z0-9._-]+") || !port.matches("\\d{0,5}")) {
            throw new IllegalArgumentException(noHost);
        }
        return new BrokerAddress(host, port.isEmpty() ? DEFAULT_PORT : Integer.parseInt(port));
    }

    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "mqtt://" + h + ":" + port;
    }

    @Override
    public String toString() {
        return url();
    }
}
