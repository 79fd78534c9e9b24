package lab.nightlight;

import lab.nightlight.mqtt.ConnectOptions;
import lab.nightlight.mqtt.MqttVersion;

/**
 * What a pane's connection asks of the broker, as a teacher sets it for a demonstration:
 * protocol version, keep-alive, clean start and session expiry. Defaults match the lesson's paho
 * code (a clean session, 60 s keep-alive) in MQTT 5.
 */
public record SessionOptions(MqttVersion version, int keepAliveSeconds, boolean cleanStart, long sessionExpirySeconds) {

    public static final SessionOptions LESSON = new SessionOptions(MqttVersion.V5, 60, true, 0);

    public SessionOptions {
        if (keepAliveSeconds < 0 || keepAliveSeconds > 65535) {
            throw new IllegalArgumentException("Keep-alive must be 0 to 65535 seconds.");
        }
        if (sessionExpirySeconds < 0) {
            throw new IllegalArgumentException("Session expiry cannot be negative.");
        }
    }

    /** A session the broker keeps for {@code expirySeconds} after the connection is lost. */
    public SessionOptions persistent(long expirySeconds) {
        return new SessionOptions(version, keepAliveSeconds, false, expirySeconds);
    }

    public SessionOptions withKeepAlive(int seconds) {
        return new SessionOptions(version, seconds, cleanStart, sessionExpirySeconds);
    }

    public SessionOptions withVersion(MqttVersion v) {
        return new SessionOptions(v, keepAliveSeconds, cleanStart, sessionExpirySeconds);
    }

    ConnectOptions applyTo(ConnectOptions options) {
        return options.withVersion(version).withKeepAlive(keepAliveSeconds).withSession(cleanStart, sessionExpirySeconds);
    }
}
