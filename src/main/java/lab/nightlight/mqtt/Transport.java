package lab.nightlight.mqtt;

/** How bytes reach the broker: plain TCP, TLS, or MQTT inside WebSockets (for firewalls and browsers). */
public enum Transport {
    TCP("mqtt", 1883, false, false),
    TLS("mqtts", 8883, true, false),
    WEBSOCKET("ws", 80, false, true),
    SECURE_WEBSOCKET("wss", 443, true, true);

    private final String scheme;
    private final int defaultPort;
    private final boolean secure;
    private final boolean webSocket;

    Transport(String scheme, int defaultPort, boolean secure, boolean webSocket) {
        this.scheme = scheme;
        this.defaultPort = defaultPort;
        this.secure = secure;
        this.webSocket = webSocket;
    }

    public String scheme() {
        return scheme;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public boolean secure() {
        return secure;
    }

    public boolean webSocket() {
        return webSocket;
    }

    /** mqtt/tcp, mqtts/ssl/tls, ws, wss; null for anything else. */
    static Transport ofScheme(String scheme) {
        return switch (scheme) {
            case "mqtt", "tcp" -> TCP;
            case "mqtts", "ssl", "tls" -> TLS;
            case "ws" -> WEBSOCKET;
            case "wss" -> SECURE_WEBSOCKET;
            default -> null;
        };
    }
}
