package lab.nightlight.mqtt;

import com.hivemq.client.mqtt.MqttClientSslConfig;
import com.hivemq.client.mqtt.MqttClientTransportConfig;
import com.hivemq.client.mqtt.MqttClientTransportConfigBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.ManagerFactoryParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.TrustManagerFactorySpi;
import javax.net.ssl.X509TrustManager;

/** The HiveMQ client's transport settings for a {@link BrokerAddress} and {@link TlsOptions}. */
final class Transports {

    private Transports() {
    }

    static MqttClientTransportConfig config(BrokerAddress address, ConnectOptions options) {
        long timeout = options.connectTimeout().toMillis();
        MqttClientTransportConfigBuilder builder = MqttClientTransportConfig.builder()
                .serverHost(address.host())
                .serverPort(address.port())
                .socketConnectTimeout(timeout, TimeUnit.MILLISECONDS)
                .mqttConnectTimeout(timeout, TimeUnit.MILLISECONDS);
        if (address.transport().secure()) {
            builder = builder.sslConfig(ssl(options.tls(), timeout));
        }
        if (address.transport().webSocket()) {
            builder = builder.webSocketConfig().serverPath(address.path().substring(1)).applyWebSocketConfig();
        }
        return builder.build();
    }

    private static MqttClientSslConfig ssl(TlsOptions tls, long timeoutMillis) {
        var builder = MqttClientSslConfig.builder().handshakeTimeout(timeoutMillis, TimeUnit.MILLISECONDS);
        if (tls.trustAnyCertificate()) {
            return builder.trustManagerFactory(new TrustAnything()).hostnameVerifier((host, session) -> true).build();
        }
        if (tls.caCertificate() != null) {
            return builder.trustManagerFactory(trusting(tls)).build();
        }
        return builder.build();
    }

    /** Trusts the certificate authorities in a PEM or DER file, and only those. */
    private static TrustManagerFactory trusting(TlsOptions tls) {
        try (InputStream in = Files.newInputStream(tls.caCertificate())) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("ca-" + i++, c);
            }
            if (i == 0) {
                throw new IllegalArgumentException("The file " + tls.caCertificate().getFileName()
                        + " holds no certificate; choose the broker's CA certificate (a .crt or .pem file).");
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            return tmf;
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the CA certificate " + tls.caCertificate()
                    + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("The file " + tls.caCertificate().getFileName()
                    + " is not a certificate; choose the broker's CA certificate (a .crt or .pem file).", e);
        }
    }

    /** The explicit, warned "trust this self-signed server" choice: accepts any certificate. */
    private static final class TrustAnything extends TrustManagerFactory {
        TrustAnything() {
            super(new TrustManagerFactorySpi() {
                @Override
                protected void engineInit(KeyStore ks) {
                }

                @Override
                protected void engineInit(ManagerFactoryParameters spec) {
                }

                @Override
                protected TrustManager[] engineGetTrustManagers() {
                    return new TrustManager[] {new X509TrustManager() {
                        @Override
                        public void checkClientTrusted(X509Certificate[] chain, String authType) {
                        }

                        @Override
                        public void checkServerTrusted(X509Certificate[] chain, String authType) {
                        }

                        @Override
                        public X509Certificate[] getAcceptedIssuers() {
                            return new X509Certificate[0];
                        }
                    }};
                }
            }, null, "trust-anything");
        }
    }
}
