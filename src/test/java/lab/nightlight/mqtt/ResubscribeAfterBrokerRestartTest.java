package lab.nightlight.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import lab.nightlight.broker.BrokerSettings;
import lab.nightlight.broker.EmbeddedBroker;
import lab.nightlight.support.Clients;
import lab.nightlight.support.Recorder;
import lab.nightlight.support.TestBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broker that restarts forgets every session (the embedded one keeps them in memory). The
 * connection must come back by itself and subscribe again, or the server stops hearing the
 * device without saying so. Uses its own broker on a fixed port, not the shared test broker, and
 * one listener per protocol version through the same restart (a restart takes seconds).
 */
class ResubscribeAfterBrokerRestartTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path workRoot;

    private EmbeddedBroker start(int port) throws Exception {
        EmbeddedBroker broker = new EmbeddedBroker(BrokerSettings.defaults(Files.createDirectories(workRoot))
                .withPort(port));
        broker.start().get(60, TimeUnit.SECONDS);
        return broker;
    }

    @Test
    void subscriptionsSurviveABrokerRestartInBothVersions() throws Exception {
        int port = TestBroker.freePort();
        BrokerAddress address = new BrokerAddress("127.0.0.1", port);
        String topic = Clients.uniqueId("restart") + "/telemetry";
        Map<MqttVersion, MqttConnection> listeners = new EnumMap<>(MqttVersion.class);
        Map<MqttVersion, Recorder> received = new EnumMap<>(MqttVersion.class);
        EmbeddedBroker first = start(port);
        EmbeddedBroker second = null;
        try (Clients clients = new Clients()) {
            for (MqttVersion version : MqttVersion.values()) {
                MqttConnection listener = clients.create(address, ConnectOptions.defaults(Clients.uniqueId("listener"))
                        .withVersion(version).withBackoff(new Backoff(Duration.ofMillis(100), Duration.ofMillis(500))));
                listener.connect().get(10, TimeUnit.SECONDS);
                Recorder recorder = new Recorder();
                listener.subscribe(topic, Qos.AT_LEAST_ONCE, recorder).get(5, TimeUnit.SECONDS);
                listeners.put(version, listener);
                received.put(version, recorder);
            }

            first.stop().get(30, TimeUnit.SECONDS);
            await().atMost(WAIT).until(() -> listeners.values().stream()
                    .allMatch(l -> l.state() instanceof ConnectionState.Reconnecting));

            second = start(port);
            await().atMost(WAIT).until(() -> listeners.values().stream().allMatch(l -> l.state().isConnected()));
            assertThat(listeners.values()).as("a new broker has no session for anyone")
                    .allSatisfy(l -> assertThat(l.state()).isEqualTo(new ConnectionState.Connected(address, false)));

            MqttConnection sender = clients.connect(address, Clients.uniqueId("sender"));
            // The resubscriptions race this publish; keep publishing until both listeners hear one.
            await().atMost(WAIT).untilAsserted(() -> {
                sender.publish(topic, "after".getBytes(StandardCharsets.UTF_8), Qos.AT_LEAST_ONCE, false)
                        .get(5, TimeUnit.SECONDS);
                assertThat(received.values()).allSatisfy(r -> assertThat(r.size()).isPositive());
            });
            assertThat(received.values()).allSatisfy(r ->
                    assertThat(new String(r.last().payload(), StandardCharsets.UTF_8)).isEqualTo("after"));
        } finally {
            first.stop();
            if (second != null) {
                second.stop().get(30, TimeUnit.SECONDS);
            }
        }
    }
}
