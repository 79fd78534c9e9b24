package lab.nightlight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import lab.nightlight.broker.BrokerInfo;
import lab.nightlight.broker.BrokerSettings;
import lab.nightlight.broker.BrokerStats;
import lab.nightlight.broker.EmbeddedBroker;
import lab.nightlight.lesson.DeviceIds;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.ConnectionState;
import lab.nightlight.mqtt.MqttProblem;
import lab.nightlight.mqtt.MqttVersion;
import lab.nightlight.settings.ConnectionProfile;
import lab.nightlight.support.TestBroker;
import lab.nightlight.trace.Packet;
import lab.nightlight.trace.PacketType;
import lab.nightlight.trace.Vantage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each pane on its own profile: an external broker with a login, a wrong password, classroom mode. */
class AppProfilesTest {

    private static final String USER = "teacher";
    private static final String PASSWORD = "lamp-secret-7";
    private static EmbeddedBroker external;
    private static String externalUrl;

    @BeforeAll
    static void startExternalBroker() throws Exception {
        external = new EmbeddedBroker(BrokerSettings.defaults(Files.createTempDirectory("nl-ext"))
                .withPort(TestBroker.freePort()).withCredentials(USER, PASSWORD));
        BrokerInfo info = external.start().get(60, TimeUnit.SECONDS);
        externalUrl = info.url();
    }

    @AfterAll
    static void stopExternalBroker() {
        external.stop();
    }

    private static ConnectionProfile login(String password) {
        return new ConnectionProfile("Class broker", false, externalUrl, MqttVersion.V5, USER, password, false, null,
                false, null);
    }

    private static App app(ConnectionProfile device, ConnectionProfile server) throws Exception {
        BrokerSettings embedded = BrokerSettings.defaults(Files.createTempDirectory("nl-emb")).withPort(TestBroker.freePort());
        return new App(new App.Config(DeviceIds.random(), null, embedded, MqttVersion.V5, Runnable::run)
                .withProfiles(device, server));
    }

    private static void loopAnswers(App app) {
        App.Pair pair = app.pair();
        // Telemetry goes out when the light changes, so both ends must be connected first.
        await().atMost(Duration.ofSeconds(30)).until(() -> pair.device().connection().state().isConnected()
                && pair.server().connection().state().isConnected());
        pair.device().setInterval(Duration.ZERO);
        // Sent again while waiting: the server's subscription may land just after its CONNACK.
        pair.device().setLight(40);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> pair.device().ledOn() || resend(pair));
        pair.device().setLight(900);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> !pair.device().ledOn() || resend(pair));
    }

    /** Sends the reading once more; false, so the wait goes on. */
    private static boolean resend(App.Pair pair) {
        pair.device().sendTelemetry();
        return false;
    }

    @Test
    void bothPanesOnAnExternalBrokerWithALoginRunTheLoopAndNoEmbeddedBrokerStarts() throws Exception {
        App app = app(login(PASSWORD), login(PASSWORD));
        try {
            app.start().get(60, TimeUnit.SECONDS);
            assertThat(app.brokerStatus()).isInstanceOf(BrokerStatus.External.class);
            assertThat(app.vantage()).isEqualTo(Vantage.CLIENT);
            assertThat(app.hasPlug(Pane.DEVICE)).isTrue();
            loopAnswers(app);
        } finally {
            app.close();
        }
    }

    /**
     * The window's path with saved profiles: the app is made for the embedded broker, the saved
     * external profiles are applied before it starts, and later a pane goes back to the embedded
     * broker, which then has to start.
     */
    @Test
    void savedExternalProfilesThenBackToTheEmbeddedBrokerStartsIt() throws Exception {
        App app = app(ConnectionProfile.embeddedBroker(), ConnectionProfile.embeddedBroker());
        try {
            app.switchProfiles(login(PASSWORD), login(PASSWORD)).get(10, TimeUnit.SECONDS);
            app.start().get(60, TimeUnit.SECONDS);
            assertThat(app.brokerStatus()).isInstanceOf(BrokerStatus.External.class);
            loopAnswers(app);

            app.switchProfiles(ConnectionProfile.embeddedBroker(), ConnectionProfile.embeddedBroker())
                    .get(90, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(60)).until(() -> app.brokerStatus() instanceof BrokerStatus.Embedded);
            assertThat(app.brokerAddress().port()).isNotEqualTo(BrokerAddress.parse(externalUrl).port());
            loopAnswers(app);
        } finally {
            app.close();
        }
    }

    @Test
    void theEmbeddedBrokerStopsWhenBothPanesLeaveItAndStartsAgainWhenOneComesBack() throws Exception {
        App app = app(ConnectionProfile.embeddedBroker(), ConnectionProfile.embeddedBroker());
        try {
            app.start().get(60, TimeUnit.SECONDS);
            int embeddedPort = app.brokerAddress().port();
            loopAnswers(app);

            app.switchProfiles(login(PASSWORD), login(PASSWORD)).get(30, TimeUnit.SECONDS);
            loopAnswers(app);
            assertThat(app.brokerStatus()).isInstanceOf(BrokerStatus.External.class);
            // Its port is free again: nothing listens there once it has stopped.
            await().atMost(Duration.ofSeconds(30)).until(() -> !listening(embeddedPort));
            assertThat(app.brokerStats()).isEqualTo(BrokerStats.NONE);

            app.switchProfile(Pane.DEVICE, ConnectionProfile.embeddedBroker()).get(90, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(60)).until(() -> app.brokerStatus() instanceof BrokerStatus.Embedded);
            await().atMost(Duration.ofSeconds(30)).until(() -> app.pair().device().connection().state().isConnected());
        } finally {
            app.close();
        }
    }

    /**
     * The Packets tab listens where packets are seen: inside the embedded broker while both panes
     * use it, at the clients once they have moved. It used to be decided at start only, so after
     * the move the tab listened inside a broker that had stopped and showed nothing.
     */
    @Test
    void packetsAreSeenAtTheClientsOnceBothPanesHaveMovedToAnExternalBroker() throws Exception {
        App app = app(ConnectionProfile.embeddedBroker(), ConnectionProfile.embeddedBroker());
        List<Packet> seen = new CopyOnWriteArrayList<>();
        List<Vantage> told = new CopyOnWriteArrayList<>();
        AutoCloseable[] listening = {null};
        try {
            app.start().get(60, TimeUnit.SECONDS);
            assertThat(app.vantage()).isEqualTo(Vantage.BROKER);
            listening[0] = app.packets().listen(seen::add);
            // As the window does: listen again where the app says packets are seen now.
            app.onVantage(vantage -> {
                told.add(vantage);
                try {
                    listening[0].close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                listening[0] = app.packets().listen(seen::add);
            });

            app.switchProfiles(login(PASSWORD), login(PASSWORD)).get(30, TimeUnit.SECONDS);
            assertThat(told).containsExactly(Vantage.CLIENT);
            assertThat(app.vantage()).isEqualTo(Vantage.CLIENT);
            seen.clear();
            loopAnswers(app);
            String telemetry = app.pair().device().topics().telemetry();
            await().atMost(Duration.ofSeconds(30)).until(() -> seen.stream().anyMatch(p ->
                    p.type() == PacketType.PUBLISH && telemetry.equals(p.topic())
                            && p.vantage() == Vantage.CLIENT));

            app.switchProfile(Pane.DEVICE, ConnectionProfile.embeddedBroker()).get(90, TimeUnit.SECONDS);
            // One pane still outside: the clients stay the place to look.
            assertThat(told).containsExactly(Vantage.CLIENT);
            app.switchProfile(Pane.SERVER, ConnectionProfile.embeddedBroker()).get(90, TimeUnit.SECONDS);
            assertThat(told).containsExactly(Vantage.CLIENT, Vantage.BROKER);
            seen.clear();
            loopAnswers(app);
            await().atMost(Duration.ofSeconds(30)).until(() -> seen.stream().anyMatch(p ->
                    p.type() == PacketType.PUBLISH && telemetry.equals(p.topic())
                            && p.vantage() == Vantage.BROKER));
        } finally {
            if (listening[0] != null) {
                listening[0].close();
            }
            app.close();
        }
    }

    private static boolean listening(int port) {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Test
    void aWrongPasswordOnTheServerPaneIsThatPanesProblemOnly() throws Exception {
        App app = app(login(PASSWORD), login("not-the-password"));
        try {
            app.start(); // the server pane keeps retrying, so this never completes
            await().atMost(Duration.ofSeconds(60)).until(() -> app.pair() != null
                    && app.pair().device().connection().state().isConnected());
            await().atMost(Duration.ofSeconds(20)).until(() -> problemOf(app.pair().server().connection().state()) != null);
            MqttProblem problem = problemOf(app.pair().server().connection().state());
            assertThat(problem.kind()).isIn(MqttProblem.Kind.BAD_CREDENTIALS, MqttProblem.Kind.NOT_AUTHORIZED);
            assertThat(problem.fullSentence()).doesNotContain("not-the-password");
            assertThat(app.pair().device().connection().state().isConnected()).isTrue();

            // The way forward: the same pane with the right password connects, the device is untouched.
            App.Pair before = app.pair();
            app.switchProfile(Pane.SERVER, login(PASSWORD)).get(30, TimeUnit.SECONDS);
            assertThat(app.pair().device()).isSameAs(before.device());
            assertThat(app.profile(Pane.SERVER).username()).isEqualTo(USER);
            loopAnswers(app);
        } finally {
            app.close();
        }
    }

    @Test
    void theDeviceOnTheEmbeddedBrokerAndTheServerElsewhereEachConnectToTheirOwn() throws Exception {
        App app = app(ConnectionProfile.embeddedBroker(), login(PASSWORD));
        try {
            app.start().get(60, TimeUnit.SECONDS);
            assertThat(app.brokerStatus()).isInstanceOf(BrokerStatus.Embedded.class);
            assertThat(app.pair().device().connection().address()).isEqualTo(app.brokerAddress());
            assertThat(app.pair().server().connection().address().url()).isEqualTo(externalUrl);
            // The server pane moves to the embedded broker too: the loop closes there.
            app.switchProfile(Pane.SERVER, ConnectionProfile.embeddedBroker()).get(30, TimeUnit.SECONDS);
            loopAnswers(app);
        } finally {
            app.close();
        }
    }

    @Test
    void classroomModeRestartsTheEmbeddedBrokerWithALoginAndBothPanesFollow() throws Exception {
        App app = app(ConnectionProfile.embeddedBroker(), ConnectionProfile.embeddedBroker());
        try {
            app.start().get(60, TimeUnit.SECONDS);
            App.Pair before = app.pair();
            BrokerSettings classroom = app.embeddedSettings().withBindAddress("0.0.0.0").withPort(TestBroker.freePort())
                    .withCredentials("class7", "nightlight-secret");
            BrokerInfo info = app.restartEmbedded(classroom).get(90, TimeUnit.SECONDS);
            assertThat(info.bindAddress()).isEqualTo("0.0.0.0");
            assertThat(app.brokerStatus()).isInstanceOfSatisfying(BrokerStatus.Embedded.class,
                    e -> assertThat(e.info()).isEqualTo(info));
            assertThat(app.pair().device()).isNotSameAs(before.device());
            assertThat(Set.of(app.brokerAddress().port())).containsExactly(info.port());
            loopAnswers(app);
            assertThat(app.embeddedSettings().toString()).doesNotContain("nightlight-secret");
        } finally {
            app.close();
        }
    }

    private static MqttProblem problemOf(ConnectionState state) {
        if (state instanceof ConnectionState.Reconnecting r) {
            return r.problem();
        }
        if (state instanceof ConnectionState.Disconnected d) {
            return d.problem();
        }
        return null;
    }
}
