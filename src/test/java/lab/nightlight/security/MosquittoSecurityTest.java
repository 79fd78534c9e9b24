package lab.nightlight.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.ConnectOptions;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.MqttException;
import lab.nightlight.mqtt.MqttProblem;
import lab.nightlight.mqtt.MqttVersion;
import lab.nightlight.mqtt.Qos;
import lab.nightlight.mqtt.TlsOptions;
import lab.nightlight.support.Clients;
import lab.nightlight.support.MosquittoBroker;
import lab.nightlight.support.Recorder;
import lab.nightlight.support.TestBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.awaitility.Awaitility.await;

/**
 * One Mosquitto with the listeners a school's broker has: plain, TLS (certificates made by the
 * test), a password file, and WebSockets. Each connection either works, or fails with the
 * sentence a student gets, which never contains the password.
 */
class MosquittoSecurityTest {

    private static MosquittoBroker mosquitto;
    private static TestCertificates certs;
    private static int plain;
    private static int tls;
    private static int login;
    private static int websocket;

    @BeforeAll
    static void start() throws Exception {
        Path folder = Files.createTempDirectory("nl-mosquitto-security");
        certs = TestCertificates.make(folder);
        Path passwords = folder.resolve("passwords");
        Files.writeString(passwords, "");
        Process p = new ProcessBuilder("mosquitto_passwd", "-b", passwords.toString(), "student", "night-light-7")
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0).as("mosquitto_passwd").isTrue();
        // Mosquitto started as root drops to its own user, which must be able to read these files.
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.setPosixFilePermissions(f, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
        }
        Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        plain = TestBroker.freePort();
        tls = TestBroker.freePort();
        login = TestBroker.freePort();
        websocket = TestBroker.freePort();
        mosquitto = MosquittoBroker.start(new MosquittoBroker.Config()
                .global("per_listener_settings true")
                .listener(MosquittoBroker.Listener.mqtt(plain).with("allow_anonymous true"))
                .listener(MosquittoBroker.Listener.mqtt(tls).with("allow_anonymous true")
                        .with("cafile " + certs.caCert).with("certfile " + certs.serverCert)
                        .with("keyfile " + certs.serverKey))
                .listener(MosquittoBroker.Listener.mqtt(login).with("allow_anonymous false")
                        .with("password_file " + passwords))
                .listener(MosquittoBroker.Listener.websockets(websocket).with("allow_anonymous true")));
    }

    @AfterAll
    static void stop() {
        if (mosquitto != null) {
            mosquitto.close();
        }
    }

    private static void roundTrip(Clients clients, BrokerAddress address, ConnectOptions a, ConnectOptions b) throws Exception {
        MqttConnection sub = clients.connect(address, a);
        MqttConnection pub = clients.connect(address, b);
        Recorder got = new Recorder();
        String topic = Clients.uniqueId("sec") + "/commands";
        sub.subscribe(topic, Qos.AT_LEAST_ONCE, got).get(10, TimeUnit.SECONDS);
        pub.publish(topic, "{\"led_on\": true}".getBytes(), Qos.AT_LEAST_ONCE, false).get(10, TimeUnit.SECONDS);
        await().atMost(java.time.Duration.ofSeconds(10)).until(() -> got.size() == 1);
    }

    private static MqttProblem failure(BrokerAddress address, ConnectOptions options) {
        try (Clients clients = new Clients()) {
            MqttConnection c = clients.create(address, options);
            Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> c.connect().get(20, TimeUnit.SECONDS));
            assertThat(t).as("connecting should fail").isNotNull();
            return MqttException.problemOf(t, address.url());
        }
    }

    @Test
    void tlsWithTheClassroomsCaWorks() throws Exception {
        BrokerAddress address = BrokerAddress.parse("mqtts://localhost:" + tls);
        TlsOptions trust = new TlsOptions(certs.caCert, false);
        try (Clients clients = new Clients()) {
            roundTrip(clients, address, ConnectOptions.defaults(Clients.uniqueId("a")).withTls(trust),
                    ConnectOptions.defaults(Clients.uniqueId("b")).withTls(trust));
        }
    }

    @Test
    void anUntrustedCertificateIsSaidAsSuchWithAWayForward() {
        BrokerAddress address = BrokerAddress.parse("mqtts://localhost:" + tls);
        MqttProblem system = failure(address, ConnectOptions.defaults(Clients.uniqueId("sys")));
        assertThat(system.kind()).isEqualTo(MqttProblem.Kind.TLS_UNTRUSTED);
        assertThat(system.fullSentence()).contains("does not trust").contains("CA certificate");
        MqttProblem wrongCa = failure(address, ConnectOptions.defaults(Clients.uniqueId("other"))
                .withTls(new TlsOptions(certs.otherCaCert, false)));
        assertThat(wrongCa.kind()).isEqualTo(MqttProblem.Kind.TLS_UNTRUSTED);
    }

    @Test
    void aCertificateForAnotherHostNameIsSaidAsSuch() {
        // The certificate names "localhost" only; 127.0.0.1 is the same machine but not that name.
        MqttProblem p = failure(BrokerAddress.parse("mqtts://127.0.0.1:" + tls),
                ConnectOptions.defaults(Clients.uniqueId("host")).withTls(new TlsOptions(certs.caCert, false)));
        assertThat(p.kind()).isEqualTo(MqttProblem.Kind.TLS_WRONG_HOST);
        assertThat(p.fullSentence()).contains("another host name");
    }

    @Test
    void trustingASelfSignedServerExplicitlyConnects() throws Exception {
        BrokerAddress address = BrokerAddress.parse("mqtts://127.0.0.1:" + tls);
        TlsOptions anything = new TlsOptions(null, true);
        try (Clients clients = new Clients()) {
            roundTrip(clients, address, ConnectOptions.defaults(Clients.uniqueId("a")).withTls(anything),
                    ConnectOptions.defaults(Clients.uniqueId("b")).withTls(anything));
        }
    }

    @Test
    void tlsOnAPlainPortIsExplained() {
        MqttProblem p = failure(BrokerAddress.parse("mqtts://localhost:" + plain),
                ConnectOptions.defaults(Clients.uniqueId("plain")).withTls(new TlsOptions(certs.caCert, false)));
        assertThat(p.kind()).as(p.toString()).isIn(MqttProblem.Kind.TLS_FAILED, MqttProblem.Kind.CLOSED_BY_BROKER);
    }

    @ParameterizedTest
    @EnumSource(MqttVersion.class)
    void theRightLoginConnectsAndAWrongOneIsToldWithoutThePassword(MqttVersion version) throws Exception {
        BrokerAddress address = new BrokerAddress("127.0.0.1", login);
        try (Clients clients = new Clients()) {
            roundTrip(clients, address,
                    ConnectOptions.defaults(Clients.uniqueId("a")).withVersion(version).withCredentials("student", "night-light-7"),
                    ConnectOptions.defaults(Clients.uniqueId("b")).withVersion(version).withCredentials("student", "night-light-7"));
        }
        MqttProblem wrong = failure(address, ConnectOptions.defaults(Clients.uniqueId("w")).withVersion(version)
                .withCredentials("student", "guess-123"));
        // Mosquitto 2.0 answers a wrong password with "not authorised" in both versions.
        assertThat(wrong.kind()).isIn(MqttProblem.Kind.BAD_CREDENTIALS, MqttProblem.Kind.NOT_AUTHORIZED);
        assertThat(wrong.fullSentence()).contains("password");
        assertThat(wrong.toString()).doesNotContain("guess-123");
        MqttProblem none = failure(address, ConnectOptions.defaults(Clients.uniqueId("n")).withVersion(version));
        assertThat(none.kind()).isIn(MqttProblem.Kind.BAD_CREDENTIALS, MqttProblem.Kind.NOT_AUTHORIZED);
    }

    @Test
    void mqttOverWebSocketsWorks() throws Exception {
        BrokerAddress address = BrokerAddress.parse("ws://127.0.0.1:" + websocket + "/mqtt");
        try (Clients clients = new Clients()) {
            roundTrip(clients, address, ConnectOptions.defaults(Clients.uniqueId("a")),
                    ConnectOptions.defaults(Clients.uniqueId("b")).withVersion(MqttVersion.V3_1_1));
        }
    }

    @Test
    void aWrongCaFileIsASentenceNotACrash() {
        MqttConnection c = MqttConnection.create(BrokerAddress.parse("mqtts://localhost:" + tls),
                ConnectOptions.defaults("x").withTls(new TlsOptions(certs.folder.resolve("openssl.log"), false)),
                Runnable::run);
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> c.connect().get(10, TimeUnit.SECONDS));
        MqttProblem p = MqttException.problemOf(t, "");
        assertThat(p.kind()).isEqualTo(MqttProblem.Kind.TLS_CA_FILE);
        assertThat(p.toString()).contains("openssl.log is not a certificate");
        assertThat(c.state()).isInstanceOf(lab.nightlight.mqtt.ConnectionState.Disconnected.class);
    }
}
