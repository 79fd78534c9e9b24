package lab.nightlight.mqtt;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a broker listens and how to reach it, parsed from a URL: {@code mqtt://127.0.0.1:1883},
 * {@code tcp://host:1883}, {@code mqtts://host:8883}, {@code ws://host:8080/mqtt} or
 * {@code wss://host:8081/mqtt}. A missing port means the transport's usual one; a WebSocket
 * without a path uses {@code /mqtt}.
 */
public record BrokerAddress(Transport transport, String host, int port, String path) {

    public static final int DEFAULT_PORT = 1883;
    public static final String DEFAULT_WEBSOCKET_PATH = "/mqtt";
    public static final BrokerAddress LOCAL_DEFAULT = new BrokerAddress("127.0.0.1", DEFAULT_PORT);

    public BrokerAddress {
        Objects.requireNonNull(transport, "transport");
        if (host == null || host.isBlank()) {
            throw new Invalid(Invalid.Kind.NO_HOST, "", "The broker address has no host name.");
        }
        if (port < 1 || port > 65535) {
            throw new Invalid(Invalid.Kind.PORT_RANGE, String.valueOf(port),
                    "The broker port must be 1 to 65535, was " + port + ".");
        }
        path = transport.webSocket() ? (path == null || path.isEmpty() ? DEFAULT_WEBSOCKET_PATH : path) : null;
    }

    /** Plain MQTT over TCP. */
    public BrokerAddress(String host, int port) {
        this(Transport.TCP, host, port, null);
    }

    /**
     * Parses a broker URL, or a bare {@code host[:port]} meaning plain MQTT.
     *
     * @throws Invalid with an English sentence a student can act on, and its kind for other languages
     */
    public static BrokerAddress parse(String url) {
        if (url == null || url.isBlank()) {
            throw new Invalid(Invalid.Kind.EMPTY, "", "The broker address is empty; try mqtt://127.0.0.1:1883.");
        }
        String text = url.trim();
        if (!text.contains("://")) {
            text = "mqtt://" + text;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new Invalid(Invalid.Kind.NOT_AN_ADDRESS, url,
                    "'" + url + "' is not a broker address; write it like mqtt://127.0.0.1:1883.");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        Transport transport = Transport.ofScheme(scheme);
        if (transport == null) {
            throw new Invalid(Invalid.Kind.UNKNOWN_SCHEME, scheme + "://", "'" + scheme
                    + "://' is not a broker address; use mqtt://, tcp://, mqtts:// (TLS), ws:// or wss:// (WebSocket),"
                    + " as in mqtt://127.0.0.1:1883.");
        }
        if (uri.getHost() == null) {
            return fromAuthority(url, transport, uri.getRawAuthority(), uri.getRawPath());
        }
        // URI keeps the brackets of an IPv6 literal ("[::1]"); the client needs the bare address.
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1) : uri.getHost();
        int port = uri.getPort() < 0 ? transport.defaultPort() : uri.getPort();
        return new BrokerAddress(transport, host, port, uri.getRawPath());
    }

    /**
     * java.net.URI takes no underscore in a host name, yet Docker Compose service names such as
     * {@code mosquitto_broker} resolve fine; read {@code host[:port]} from the authority ourselves.
     */
    private static BrokerAddress fromAuthority(String url, Transport transport, String authority, String path) {
        Invalid noHost = new Invalid(Invalid.Kind.NO_HOST_IN, url,
                "'" + url + "' has no host name; write it like mqtt://127.0.0.1:1883.");
        if (authority == null) {
            throw noHost;
        }
        int colon = authority.lastIndexOf(':');
        String host = colon < 0 ? authority : authority.substring(0, colon);
        String port = colon < 0 ? "" : authority.substring(colon + 1);
        if (host.isEmpty() || !host.matches("[A-Za-z0-9._-]+") || !port.matches("\\d{0,5}")) {
            throw noHost;
        }
        return new BrokerAddress(transport, host, port.isEmpty() ? transport.defaultPort() : Integer.parseInt(port), path);
    }

    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return transport.scheme() + "://" + h + ":" + port + (path == null ? "" : path);
    }

    /**
     * A broker address that cannot be used. The message is English (for logs and tests);
     * {@link Kind#key()} names the sentence in the bundles, filled with {@link #value()} (the text
     * that was typed, or the part of it at fault).
     */
    public static final class Invalid extends IllegalArgumentException {

        public enum Kind {
            EMPTY, NO_HOST, NO_HOST_IN, PORT_RANGE, NOT_AN_ADDRESS, UNKNOWN_SCHEME;

            /** {@code brokeraddress.unknown-scheme}, ... */
            public String key() {
                return "brokeraddress." + name().toLowerCase(Locale.ROOT).replace('_', '-');
            }
        }

        private final Kind kind;
        private final String value;

        Invalid(Kind kind, String value, String english) {
            super(english);
            this.kind = kind;
            this.value = value;
        }

        public Kind kind() {
            return kind;
        }

        public String value() {
            return value;
        }
    }

    @Override
    public String toString() {
        return url();
    }
}
