package lab.nightlight.mqtt;

import java.time.Duration;
import java.util.Objects;

/**
 * How one client connects. Defaults follow the lesson: a clean session, a 60 s keep-alive
 * (paho's default), MQTT 5. {@code retryFirstConnect} decides whether a failed first attempt
 * is retried (the window) or reported at once (a command-line run that should exit).
 */
public record ConnectOptions(
        String clientId,
        MqttVersion version,
        int keepAliveSeconds,
        boolean cleanStart,
        long sessionExpirySeconds,
        Will will,
        String username,
        String password,
        Duration connectTimeout,
        Backoff backoff,
        boolean retryFirstConnect,
        TlsOptions tls) {

    public ConnectOptions {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(backoff, "backoff");
        tls = tls == null ? TlsOptions.SYSTEM : tls;
    }

    public static ConnectOptions defaults(String clientId) {
        return new ConnectOptions(clientId, MqttVersion.V5, 60, true, 0, null, null, null,
                Duration.ofSeconds(10), Backoff.DEFAULT, false, TlsOptions.SYSTEM);
    }

    public ConnectOptions withVersion(MqttVersion v) {
        return new ConnectOptions(clientId, v, keepAliveSeconds, cleanStart, sessionExpirySeconds, will, username, password, connectTimeout, backoff, retryFirstConnect, tls);
    }

    public ConnectOptions withClientId(String id) {
        return new ConnectOptions(id, version, keepAliveSeconds, cleanStart, sessionExpirySeconds, will, username, password, connectTimeout, backoff, retryFirstConnect, tls);
    }

    public ConnectOptions withKeepAlive(int seconds) {
        return new ConnectOptions(clientId, version, seconds, cleanStart, sessionExpirySeconds, will, username, password, connectTimeout, backoff, retryFirstConnect, tls);
    }

    public ConnectOptions withSession(boolean clean, long expirySeconds) {
        return new ConnectOptions(clientId, version, keepAliveSeconds, clean, expirySeconds, will, username, password, connectTimeout, backoff, retryFirstConnect, tls);
    }

    public ConnectOptions withWill(Will w) {
        return new ConnectOptions(clientId, version, keepAliveSeconds, cleanStart, sessionExpirySeconds, w, username, password, connectTimeout, backoff, retryFirstConnect, tls);
    }

    public ConnectOptions withCredentials(String user, String pass) {
        return new ConnectOptions(clientId, version, keepAliveSeconds, cleanStart, sessionExpirySeconds, will, user, pass, connectTimeout, backoff, retryFirstConnect, tls);
    }

    public ConnectOptions withBackoff(Backoff b) {
        return new ConnectOptions(clientId, version, keepAliveSeconds, cleanStart, sessionExpirySeconds, will, username, password, connectTimeout, b, retryFirstConnect, tls);
    }

    public ConnectOptions withRetryFirstConnect(boolean retry) {
        return new ConnectOptions(clientId, version, keepAliveSeconds, cleanStart, sessionExpirySeconds, will, username, password, connectTimeout, backoff, retry, tls);
    }

    public ConnectOptions withConnectTimeout(Duration timeout) {
        return new ConnectOptions(clientId, version, keepAliveSeconds, cleanStart, sessionExpirySeconds, will, username, password, timeout, backoff, retryFirstConnect, tls);
    }

    public ConnectOptions withTls(TlsOptions t) {
        return new ConnectOptions(clientId, version, keepAliveSeconds, cleanStart, sessionExpirySeconds, will, username, password, connectTimeout, backoff, retryFirstConnect, t);
    }

    /** Never print the password: this is what logs and errors may show. */
    @Override
    public String toString() {
        return "ConnectOptions[clientId=" + clientId + ", version=" + version.label() + ", keepAlive=" + keepAliveSeconds
                + "s, cleanStart=" + cleanStart + ", sessionExpiry=" + sessionExpirySeconds + "s, user="
                + (username == null ? "-" : username) + ", password=" + (password == null ? "-" : "***") + "]";
    }
}
