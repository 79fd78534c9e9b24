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
            throw new IllegalArgumentException("'" + url + "' has no host name; write it like mqtt://127.0.0.1:1883.");
        }
        return new BrokerAddress(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort());
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
