package lab.nightlight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import lab.nightlight.broker.BrokerSettings;
import lab.nightlight.lesson.DeviceIds;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.MqttVersion;
import lab.nightlight.mqtt.Qos;
import lab.nightlight.server.NightlightServer;
import lab.nightlight.support.Clients;
import lab.nightlight.support.TestBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The app's device and server handle each message on the MQTT client's own thread, and the server
 * publishes its command from there. At QoS 1 and 2 each command waits for the broker's
 * acknowledgement, and the client takes only so many publishes before the caller waits: a flood
 * must still be answered in full, with nothing stuck and the counters exact.
 */
class AppFloodTest {

    private static final int BURST = 5_000;

    private static App app;
    private static Clients clients;
    private static MqttConnection publisher;

    @BeforeAll
    static void start() throws Exception {
        BrokerSettings broker = BrokerSettings.defaults(Files.createTempDirectory("nl-flood")).withPort(TestBroker.freePort());
        app = new App(new App.Config(DeviceIds.random(), null, broker, MqttVersion.V5, Runnable::run));
        app.start().get(60, TimeUnit.SECONDS);
        app.pair().device().setInterval(Duration.ZERO);
        app.pair().server().setSubscriptionQos(Qos.AT_LEAST_ONCE).get(10, TimeUnit.SECONDS);
        // QoS 1 to the device as well, so that the broker may drop no command and its count is exact.
        app.pair().device().setCommandQos(Qos.AT_LEAST_ONCE).get(10, TimeUnit.SECONDS);
        clients = new Clients();
        publisher = clients.connect(app.brokerAddress(), Clients.uniqueId("flood"));
    }

    @AfterAll
    static void stop() throws Exception {
        clients.close();
        app.close();
    }

    @ParameterizedTest
    @EnumSource(value = Qos.class, names = {"AT_LEAST_ONCE", "EXACTLY_ONCE"})
    void aFloodIsAnsweredInFullWhenCommandsAwaitTheirHandshake(Qos commandQos) throws Exception {
        NightlightServer server = app.pair().server();
        server.setCommandQos(commandQos);
        long received = server.counters().received();
        long sent = server.counters().commandsSent();
        long atDevice = app.pair().device().commandsReceived();
        String topic = server.topics().telemetry();

        List<CompletableFuture<Void>> published = new ArrayList<>(BURST);
        for (int i = 0; i < BURST; i++) {
            byte[] payload = ("{\"light\": " + (i % 1024) + "}").getBytes(StandardCharsets.UTF_8);
            published.add(publisher.publish(topic, payload, Qos.AT_LEAST_ONCE, false));
        }
        CompletableFuture.allOf(published.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        await().atMost(Duration.ofSeconds(60))
                .until(() -> server.counters().commandsSent() - sent == BURST);
        assertThat(server.counters().received() - received).isEqualTo(BURST);
        assertThat(server.counters().commandsFailed()).isZero();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> app.pair().device().commandsReceived() - atDevice == BURST);
    }
}
