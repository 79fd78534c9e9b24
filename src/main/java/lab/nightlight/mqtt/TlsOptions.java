package lab.nightlight.mqtt;

import java.nio.file.Path;

/**
 * How to trust a TLS broker: the system's certificate authorities (both null/false), a CA
 * certificate file (PEM, as Mosquitto's guides make), or, when a teacher explicitly chooses it
 * for a self-signed classroom broker, any certificate and host name. The last one gives up the
 * protection TLS exists for, and the window says so next to it.
 */
public record TlsOptions(Path caCertificate, boolean trustAnyCertificate) {

    public static final TlsOptions SYSTEM = new TlsOptions(null, false);
}
