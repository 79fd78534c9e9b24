package lab.nightlight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import lab.nightlight.broker.BrokerSettings;
import lab.nightlight.lesson.DeviceIds;
import lab.nightlight.lesson.Presence;
import lab.nightlight.mqtt.MqttVersion;
import lab.nightlight.support.TestBroker;
import lab.nightlight.trace.Packet;
import lab.nightlight.trace.PacketType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole app headless: its own embedded broker, both panes through their relays. */
class AppTest {

    private static App app;
    private static final List<Packet> PACKETS = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        BrokerSettings broker = BrokerSettings.defaults(Files.createTempDirectory("nl-app")).withPort(TestBroker.freePort());
        app = new App(new App.Config(DeviceIds.random(), null, broker, MqttVersion.V5, Runnable::run));
        app.packets().listen(PACKETS::add);
        app.start().get(60, TimeUnit.SECONDS);
        app.pair().device().setInterval(Duration.ZERO);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theLoopRunsThroughTheAppsOwnBrokerAndTheBrokerSeesIt() {
        App.Pair pair = app.pair();
        assertThat(app.brokerStatus()).isInstanceOf(BrokerStatus.Embedded.class);
        pair.device().setLight(50);
        await().atMost(Duration.ofSeconds(10)).until(() -> pair.device().ledOn());
        pair.device().setLight(900);
        await().atMost(Duration.ofSeconds(10)).until(() -> !pair.device().ledOn());
        assertThat(PACKETS).anyMatch(p -> p.type() == PacketType.PUBLISH
                && p.clientId().equals(pair.server().topics().serverClientId()) && "{\"led_on\": false}".equals(p.preview()));
        await().atMost(Duration.ofSeconds(10)).until(() -> app.brokerStats().connectedClients() >= 2);
    }

    @Test
    void withTheServersPlugPulledTheLedStaysAsItIs() {
        App.Pair pair = app.pair();
        pair.device().setLight(50);
        await().atMost(Duration.ofSeconds(10)).until(() -> pair.device().ledOn());

        app.pullThePlug(Pane.SERVER, false);
        await().atMost(Duration.ofSeconds(10)).until(() -> !pair.server().connection().state().isConnected());
        long sent = pair.device().telemetrySent();
        pair.device().setLight(900);
        await().atMost(Duration.ofSeconds(10)).until(() -> pair.device().telemetrySent() > sent);
        assertThat(pair.device().ledOn()).isTrue();

        app.plugIn(Pane.SERVER);
        await().atMost(Duration.ofSeconds(30)).until(() -> pair.server().connection().state().isConnected());
        // QoS 0 telemetry sent before the server has subscribed again is lost, as in the lesson;
        // the device's schedule would send again, so this does too until the answer comes.
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).until(() -> {
            pair.device().sendTelemetry();
            return !pair.device().ledOn();
        });
    }

    @Test
    void theServerSeesTheDevicesPresenceAndItsWill() {
        App.Pair pair = app.pair();
        await().atMost(Duration.ofSeconds(10)).until(() -> pair.server().presence() == Presence.ONLINE);
        app.pullThePlug(Pane.DEVICE, false);
        // An abrupt close with no DISCONNECT: the broker publishes the device's will.
        await().atMost(Duration.ofSeconds(10)).until(() -> pair.server().presence() == Presence.OFFLINE);
        app.plugIn(Pane.DEVICE);
        await().atMost(Duration.ofSeconds(30)).until(() -> pair.server().presence() == Presence.ONLINE);
    }

    @Test
    void aLateSubscriberGetsTheRetainedCommandFlaggedThenLiveOnesUnflaggedAndClearingRemovesIt() throws Exception {
        App.Pair pair = app.pair();
        String commands = pair.server().topics().commands();
        pair.server().setRetainCommands(true);
        pair.device().setLight(pair.device().light() < 300 ? 800 : 100);
        boolean expected = pair.device().light() < 300;
        await().atMost(Duration.ofSeconds(10)).until(() -> pair.device().ledOn() == expected);

        List<lab.nightlight.mqtt.Message> seen = new CopyOnWriteArrayList<>();
        lab.nightlight.mqtt.MqttConnection late = app.lateSubscriber(commands, lab.nightlight.mqtt.Qos.AT_LEAST_ONCE, seen::add)
                .get(10, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() == 1);
        assertThat(seen.get(0).retain()).isTrue();
        pair.device().sendTelemetry();
        await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() == 2);
        assertThat(seen.get(1).retain()).isFalse();
        late.disconnect().get(5, TimeUnit.SECONDS);

        pair.server().setRetainCommands(false);
        app.clearRetained(commands).get(5, TimeUnit.SECONDS);
        List<lab.nightlight.mqtt.Message> after = new CopyOnWriteArrayList<>();
        lab.nightlight.mqtt.MqttConnection later = app.lateSubscriber(commands, lab.nightlight.mqtt.Qos.AT_LEAST_ONCE, after::add)
                .get(10, TimeUnit.SECONDS);
        // Prove the subscription is live, then that no retained command came before it.
        pair.device().sendTelemetry();
        await().atMost(Duration.ofSeconds(10)).until(() -> !after.isEmpty());
        assertThat(after).noneMatch(lab.nightlight.mqtt.Message::retain);
        later.disconnect();
    }

    @Test
    void newSessionOptionsReconnectThatPaneAndKeepItsSettings() throws Exception {
        app.pair().server().setThreshold(420);
        SessionOptions persistent = SessionOptions.LESSON.persistent(300).withKeepAlive(5);
        App.Pair next = app.setSessionOptions(Pane.SERVER, persistent).get(30, TimeUnit.SECONDS);
        assertThat(next.server().threshold()).isEqualTo(420);
        assertThat(next.server().connection().options().cleanStart()).isFalse();
        assertThat(next.server().connection().options().sessionExpirySeconds()).isEqualTo(300);
        assertThat(next.server().connection().options().keepAliveSeconds()).isEqualTo(5);
        await().atMost(Duration.ofSeconds(10)).until(() -> PACKETS.stream().anyMatch(p -> p.type() == PacketType.CONNECT
                && p.detail().contains("cleanStart=false") && p.detail().contains("sessionExpiry=300s")));
        next.device().setLight(next.device().light() < 420 ? 800 : 100);
        boolean expected = next.device().light() < 420;
        await().atMost(Duration.ofSeconds(10)).until(() -> next.device().ledOn() == expected);
        app.setSessionOptions(Pane.SERVER, SessionOptions.LESSON).get(30, TimeUnit.SECONDS);
    }
}
