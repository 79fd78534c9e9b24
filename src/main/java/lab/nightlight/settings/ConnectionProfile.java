package lab.nightlight.settings;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.nio.file.Path;
import java.util.Objects;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.ConnectOptions;
import lab.nightlight.mqtt.MqttVersion;
import lab.nightlight.mqtt.TlsOptions;

/**
 * A named way to reach a broker: the embedded one, or an address with its transport, version,
 * login and TLS trust. The password is kept only when {@code rememberPassword} is set, and is
 * never part of {@link #toString()}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConnectionProfile(
        String name,
        boolean embedded,
        String url,
        MqttVersion version,
        String username,
        String password,
        boolean rememberPassword,
        String caCertificate,
        boolean trustAnyCertificate,
        String warningKey) {

    public ConnectionProfile {
        Objects.requireNonNull(name, "name");
        version = version == null ? MqttVersion.V5 : version;
        if (!embedded) {
            BrokerAddress.parse(url); // fails with a sentence when the URL is not usable
        }
    }

    public static ConnectionProfile embeddedBroker() {
        return new ConnectionProfile("Embedded", true, null, MqttVersion.V5, null, null, false, null, false, null);
    }

    public static ConnectionProfile external(String name, String url) {
        return new ConnectionProfile(name, false, url, MqttVersion.V5, null, null, false, null, false, null);
    }

    @JsonIgnore
    public BrokerAddress address() {
        return embedded ? null : BrokerAddress.parse(url);
    }

    /** Applies this profile's version, login and TLS trust to a client's options. */
    public ConnectOptions applyTo(ConnectOptions options) {
        ConnectOptions o = options.withVersion(version);
        if (username != null && !username.isEmpty()) {
            o = o.withCredentials(username, password);
        }
        if (caCertificate != null || trustAnyCertificate) {
            o = o.withTls(new TlsOptions(caCertificate == null ? null : Path.of(caCertificate), trustAnyCertificate));
        }
        return o;
    }

    /** What is written to the settings file: the password only if the user asked to remember it. */
    ConnectionProfile forStorage() {
        return rememberPassword ? this : new ConnectionProfile(name, embedded, url, version, username, null, false,
                caCertificate, trustAnyCertificate, warningKey);
    }

    @Override
    public String toString() {
        return "ConnectionProfile[" + name + ", " + (embedded ? "embedded" : url) + ", mqtt " + version.label()
                + (username == null ? "" : ", user " + username + ", password " + (password == null ? "-" : "***")) + "]";
    }
}
