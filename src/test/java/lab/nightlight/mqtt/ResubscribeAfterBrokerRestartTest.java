package lab.nightlight.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import lab.nightlight.broker.BrokerSettings;
import lab.nightlight.broker.EmbeddedBroker;
import lab.nightlight.support.Clients;
import lab.nightlight.support.Recorder;
import lab.nightlight.support.TestBroker;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A broker that restarts forgets every session (the embedded one keeps them in memory). The
 * connection must come back by itself and subscribe again, or the server stops hearing the
 * device without saying so. Uses its own broker on a fixed port, not the shared test broker.
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

    @ParameterizedTest
    @EnumSource(MqttVersion.class)
    void aSubscriptionSurvivesABrokerRestart(MqttVersion version) throws Exception {
        int port = TestBroker.freePort();
        BrokerAddress address = new BrokerAddress("127.0.0.1", port);
        String topic = Clients.uniqueId("restart") + "/telemetry";
        List<ConnectionState> states = new CopyOnWriteArrayList<>();
        Recorder received = new Recorder();
        EmbeddedBroker first = start(port);
        EmbeddedBroker second = null;
        try (Clients clients = new Clients()) {
            MqttConnection listener = clients.create(address, ConnectOptions.defaults(Clients.uniqueId("listener"))
                    .withVersion(version).withBackoff(new Backoff(Duration.ofMillis(100), Duration.ofMillis(500))));
            listener.onState(states::add);
            listener.connect().get(10, TimeUnit.SECONDS);
            listener.subscribe(topic, Qos.AT_LEAST_ONCE, received).get(5, TimeUnit.SECONDS);

            first.stop().get(30, TimeUnit.SECONDS);
            await().atMost(WAIT).until(() -> listener.state() instanceof ConnectionState.Reconnecting);

            second = start(port);
            await().atMost(WAIT).until(() -> listener.state().isConnected());
            assertThat(listener.state()).as("a new broker has no session for us")
                    .isEqualTo(new ConnectionState.Connected(address, false));

            MqttConnection sender = clients.connect(address, Clients.uniqueId("sender"));
            // The resubscription races this publish; keep publishing until one gets through.
            await().atMost(WAIT).untilAsserted(() -> {
                sender.publish(topic, "after".getBytes(StandardCharsets.UTF_8), Qos.AT_LEAST_ONCE, false)
                        .get(5, TimeUnit.SECONDS);
                assertThat(received.size()).isPositive();
            });
            assertThat(new String(received.last().payload(), StandardCharsets.UTF_8)).isEqualTo("after");
            assertThat(states).filteredOn(ConnectionState.Reconnecting.class::isInstance)
                    .allSatisfy(s -> assertThat(((ConnectionState.Reconnecting) s).problem()).isNotNull());
        } finally {
            first.stop();
            if (second != null) {
                second.stop().get(30, TimeUnit.SECONDS);
            }
        }
    }
}
