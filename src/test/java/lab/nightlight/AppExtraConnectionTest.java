package lab.nightlight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import lab.nightlight.broker.BrokerSettings;
import lab.nightlight.lesson.DeviceIds;
import lab.nightlight.mqtt.ConnectOptions;
import lab.nightlight.mqtt.ConnectionState;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.MqttVersion;
import lab.nightlight.support.TestBroker;
import org.junit.jupiter.api.Test;

/**
 * Clients beyond the lesson's two (the stadium's sensors): they reach the device pane's broker
 * once it is up, and the app says their goodbyes before it stops the broker.
 */
class AppExtraConnectionTest {

    @Test
    void anExtraClientReachesTheBrokerAndSaysGoodbyeBeforeItStops() throws Exception {
        BrokerSettings broker = BrokerSettings.defaults(Files.createTempDirectory("nl-extra")).withPort(TestBroker.freePort());
        App app = new App(new App.Config(DeviceIds.random(), null, broker, MqttVersion.V5, Runnable::run));
        // Before start there is no broker to go to: said, not thrown.
        assertThatThrownBy(() -> app.extraConnection(ConnectOptions.defaults("early"), Runnable::run).get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasMessageContaining("not started");

        app.start().get(60, TimeUnit.SECONDS);
        MqttConnection extra = app.extraConnection(ConnectOptions.defaults(DeviceIds.random() + "-extra"), Runnable::run)
                .get(10, TimeUnit.SECONDS);
        assertThat(extra.address()).isEqualTo(app.brokerAddress()); // straight to the broker, no relay
        extra.connect().get(10, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> app.brokerStats().connectedClients() >= 3);

        CompletableFuture<?>[] goodbye = new CompletableFuture<?>[1];
        app.closeAlso(() -> {
            goodbye[0] = extra.disconnect();
            return goodbye[0];
        });
        app.close();
        assertThat(goodbye[0]).as("close() asked for the goodbye").isNotNull();
        goodbye[0].get(10, TimeUnit.SECONDS);
        // A clean DISCONNECT, not a connection lost to a stopping broker.
        assertThat(extra.state()).isInstanceOfSatisfying(ConnectionState.Disconnected.class,
                d -> assertThat(d.problem()).isNull());
        assertThatThrownBy(() -> app.extraConnection(ConnectOptions.defaults("late"), Runnable::run).get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasMessageContaining("closed");
    }
}
