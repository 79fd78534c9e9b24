package lab.nightlight.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import lab.nightlight.mqtt.Backoff;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.ConnectOptions;
import lab.nightlight.mqtt.ConnectionState;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.MqttProblem;
import lab.nightlight.mqtt.MqttVersion;
import lab.nightlight.mqtt.Qos;
import lab.nightlight.support.Clients;
import lab.nightlight.support.MosquittoBroker;
import lab.nightlight.support.Recorder;
import lab.nightlight.support.TestBroker;
import org.junit.jupiter.api.Test;

/** Two classroom failures against Mosquitto: one client id used twice, and a broker that restarts. */
class MosquittoDuplicateIdAndRestartTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Retries sooner than Mosquitto restarts, as a student's device on a flaky network would. */
    private static final Backoff QUICK = new Backoff(Duration.ofMillis(50), Duration.ofMillis(400));

    private static boolean problem(MqttConnection c, MqttProblem.Kind kind) {
        return c.state() instanceof ConnectionState.Disconnected d && d.problem() != null && d.problem().kind() == kind;
    }

    @Test
    void theSameClientIdTwiceIsExplainedInBothVersionsAndTheFightStops() throws Exception {
        try (MosquittoBroker mosquitto = MosquittoBroker.start(); Clients clients = new Clients()) {
            BrokerAddress address = mosquitto.address();
            String id5 = Clients.uniqueId("twin5");
            MqttConnection a = clients.create(address, ConnectOptions.defaults(id5).withRetryFirstConnect(true));
            MqttConnection b = clients.create(address, ConnectOptions.defaults(id5).withRetryFirstConnect(true));
            a.connect().get(10, TimeUnit.SECONDS);
            b.connect().get(10, TimeUnit.SECONDS);
            // Mosquitto 2.0 closes the older connection without a DISCONNECT even in MQTT 5, so the
            // reason code never comes; the reconnect-loop detection must catch it then.
            await().atMost(WAIT).until(() -> problem(a, MqttProblem.Kind.SESSION_TAKEN_OVER)
                    || problem(a, MqttProblem.Kind.RECONNECT_LOOP) || problem(b, MqttProblem.Kind.RECONNECT_LOOP));
            MqttConnection holder = problem(b, MqttProblem.Kind.RECONNECT_LOOP) ? a : b;
            await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> holder.state().isConnected());

            String id3 = Clients.uniqueId("twin3");
            ConnectOptions v3 = ConnectOptions.defaults(id3).withVersion(MqttVersion.V3_1_1).withRetryFirstConnect(true);
            MqttConnection c = clients.create(address, v3);
            MqttConnection d = clients.create(address, v3);
            c.connect().get(10, TimeUnit.SECONDS);
            d.connect().get(10, TimeUnit.SECONDS);
            await().atMost(WAIT).until(() -> problem(c, MqttProblem.Kind.RECONNECT_LOOP) || problem(d, MqttProblem.Kind.RECONNECT_LOOP));
            MqttConnection winner = problem(c, MqttProblem.Kind.RECONNECT_LOOP) ? d : c;
            await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> winner.state().isConnected());
        }
    }

    /**
     * A device with a persistent session and QoS 1 through twenty Mosquitto restarts in a row: a
     * command sent after each restart (whether or not the device is back yet) is never lost.
     */
    @Test
    void twentyBrokerRestartsLoseNoQos1Command() throws Exception {
        Path store = Files.createTempDirectory("nl-mosquitto-store");
        Files.setPosixFilePermissions(store, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
        int port = TestBroker.freePort();
        MosquittoBroker.Config config = new MosquittoBroker.Config()
                .listener(MosquittoBroker.Listener.mqtt(port))
                .global("persistence true")
                .global("persistence_location " + store + "/")
                .global("autosave_interval 0");
        BrokerAddress address = new BrokerAddress("127.0.0.1", port);
        String topic = Clients.uniqueId("restarts") + "/commands";
        Recorder received = new Recorder();
        MosquittoBroker mosquitto = MosquittoBroker.start(config);
        try (Clients clients = new Clients()) {
            MqttConnection device = clients.connect(address, ConnectOptions.defaults(Clients.uniqueId("device"))
                    .withSession(false, 3600).withBackoff(QUICK).withRetryFirstConnect(true));
            device.subscribe(topic, Qos.AT_LEAST_ONCE, received).get(10, TimeUnit.SECONDS);
            MqttConnection server = clients.connect(address, ConnectOptions.defaults(Clients.uniqueId("server"))
                    .withBackoff(QUICK).withRetryFirstConnect(true));
            for (int i = 1; i <= 20; i++) {
                mosquitto.close();
                await().atMost(WAIT).until(() -> !server.state().isConnected());
                mosquitto = MosquittoBroker.start(config);
                await().atMost(WAIT).until(() -> server.state().isConnected());
                server.publish(topic, ("command " + i).getBytes(StandardCharsets.UTF_8), Qos.AT_LEAST_ONCE, false)
                        .get(10, TimeUnit.SECONDS);
            }
            await().atMost(WAIT).until(() -> distinct(received).size() == 20);
            assertThat(distinct(received)).hasSize(20);
        } finally {
            mosquitto.close();
        }
    }

    private static Set<String> distinct(Recorder r) {
        Set<String> out = new HashSet<>();
        r.messages().forEach(m -> out.add(new String(m.payload(), StandardCharsets.UTF_8)));
        return out;
    }
}
