package lab.nightlight.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import lab.nightlight.support.Clients;
import lab.nightlight.support.Recorder;
import lab.nightlight.support.TestBroker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The shared MQTT service against the real embedded broker (and against nothing at all). */
class MqttConnectionTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private final Clients clients = new Clients();
    private final List<ConnectionState> states = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeAll() {
        clients.close();
    }

    private MqttConnection create(BrokerAddress address, ConnectOptions options) {
        MqttConnection c = clients.create(address, options);
        c.onState(states::add);
        return c;
    }

    private static MqttProblem problemOf(CompletableFuture<?> future) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> future.get(20, TimeUnit.SECONDS));
        assertThat(thrown).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(MqttException.class);
        return ((MqttException) thrown.getCause()).problem();
    }

    @ParameterizedTest
    @EnumSource(MqttVersion.class)
    void connectAndDisconnectReportTheirStatesInOrder(MqttVersion version) throws Exception {
        BrokerAddress broker = TestBroker.address();
        MqttConnection c = create(broker, ConnectOptions.defaults(Clients.uniqueId("states")).withVersion(version));
        assertThat(c.state()).isEqualTo(new ConnectionState.Idle());

        c.connect().get(10, TimeUnit.SECONDS);
        c.disconnect().get(10, TimeUnit.SECONDS);

        assertThat(states).containsExactly(
                new ConnectionState.Connecting(broker),
                new ConnectionState.Connected(broker, false),
                new ConnectionState.Disconnected(null));
        assertThat(c.state()).isEqualTo(new ConnectionState.Disconnected(null));
    }

    @Test
    void nothingListeningFailsTheConnectWithRefusedNamingTheAddress() {
        BrokerAddress nowhere = new BrokerAddress("127.0.0.1", TestBroker.freePort());
        MqttConnection c = create(nowhere, ConnectOptions.defaults(Clients.uniqueId("refused")));

        MqttProblem problem = problemOf(c.connect());

        assertThat(problem.kind()).isEqualTo(MqttProblem.Kind.REFUSED);
        assertThat(problem.sentence()).isEqualTo("Nothing is listening at " + nowhere.url() + ": the connection was refused.");
        assertThat(problem.fullSentence()).contains("Start the broker");
        assertThat(states).containsExactly(new ConnectionState.Connecting(nowhere), new ConnectionState.Disconnected(problem));
    }

    @Test
    void anUnknownHostFailsTheConnectWithUnknownHost() {
        BrokerAddress nowhere = new BrokerAddress("no-such-host.invalid", 1883);
        MqttConnection c = create(nowhere, ConnectOptions.defaults(Clients.uniqueId("unknown")));

        MqttProblem problem = problemOf(c.connect());

        assertThat(problem.kind()).isEqualTo(MqttProblem.Kind.UNKNOWN_HOST);
        assertThat(problem.sentence()).contains("no-such-host.invalid");
    }

    @Test
    void retryingTheFirstConnectKeepsTryingWithGrowingDelaysUntilDisconnected() throws Exception {
        BrokerAddress nowhere = new BrokerAddress("127.0.0.1", TestBroker.freePort());
        Backoff backoff = new Backoff(Duration.ofMillis(50), Duration.ofMillis(400));
        MqttConnection c = create(nowhere, ConnectOptions.defaults(Clients.uniqueId("retry"))
                .withBackoff(backoff).withRetryFirstConnect(true));

        CompletableFuture<Void> connected = c.connect();
        await().atMost(WAIT).until(() -> reconnecting().size() >= 5);

        List<ConnectionState.Reconnecting> tries = reconnecting().subList(0, 5);
        assertThat(tries).extracting(ConnectionState.Reconnecting::attempt).containsExactly(1, 2, 3, 4, 5);
        assertThat(tries).extracting(ConnectionState.Reconnecting::delay).containsExactly(
                Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400),
                Duration.ofMillis(400));
        assertThat(tries).allSatisfy(r -> assertThat(r.problem().kind()).isEqualTo(MqttProblem.Kind.REFUSED));
        assertThat(connected).isNotDone();

        // The user gives up: the wait ends, the state says so, and no attempt follows.
        c.disconnect().get(10, TimeUnit.SECONDS);
        assertThat(c.state()).isEqualTo(new ConnectionState.Disconnected(null));
        assertThat(problemOf(connected).kind()).isEqualTo(MqttProblem.Kind.NOT_CONNECTED);
        int after = states.size();
        await().during(Duration.ofMillis(800)).atMost(WAIT).until(() -> states.size() == after);
    }

    private List<ConnectionState.Reconnecting> reconnecting() {
        return states.stream().filter(ConnectionState.Reconnecting.class::isInstance)
                .map(ConnectionState.Reconnecting.class::cast).toList();
    }

    @ParameterizedTest
    @EnumSource(MqttVersion.class)
    void subscriptionsComeBackAfterTheUserReconnectsWithACleanSession(MqttVersion version) throws Exception {
        BrokerAddress broker = TestBroker.address();
        String topic = Clients.uniqueId("again") + "/telemetry";
        MqttConnection c = create(broker, ConnectOptions.defaults(Clients.uniqueId("again")).withVersion(version));
        MqttConnection sender = clients.connect(broker, Clients.uniqueId("sender"));
        Recorder received = new Recorder();
        c.connect().get(10, TimeUnit.SECONDS);
        c.subscribe(topic, Qos.AT_LEAST_ONCE, received).get(5, TimeUnit.SECONDS);

        c.disconnect().get(10, TimeUnit.SECONDS);
        c.connect().get(10, TimeUnit.SECONDS);
        assertThat(c.state()).isEqualTo(new ConnectionState.Connected(broker, false));

        // Delivery proves the subscription exists again; a QoS 1 publish after SUBACK is not lost.
        await().atMost(WAIT).untilAsserted(() -> {
            sender.publish(topic, "1".getBytes(StandardCharsets.UTF_8), Qos.AT_LEAST_ONCE, false).get(5, TimeUnit.SECONDS);
            assertThat(received.size()).isPositive();
        });
    }

    @Test
    void messagesGoToTheHandlerOfTheSubscriptionTheyMatch() throws Exception {
        BrokerAddress broker = TestBroker.address();
        String id = Clients.uniqueId("route");
        MqttConnection c = clients.connect(broker, Clients.uniqueId("router"));
        Recorder telemetry = new Recorder();
        Recorder commands = new Recorder();
        c.subscribe("+/telemetry", Qos.AT_LEAST_ONCE, telemetry).get(5, TimeUnit.SECONDS);
        c.subscribe(id + "/commands", Qos.AT_LEAST_ONCE, commands).get(5, TimeUnit.SECONDS);

        c.publish(id + "/telemetry", "t".getBytes(StandardCharsets.UTF_8), Qos.AT_LEAST_ONCE, false).get(5, TimeUnit.SECONDS);
        c.publish(id + "/commands", "c".getBytes(StandardCharsets.UTF_8), Qos.AT_LEAST_ONCE, false).get(5, TimeUnit.SECONDS);

        await().atMost(WAIT).until(() -> telemetry.size() == 1 && commands.size() == 1);
        assertThat(telemetry.last().topic()).isEqualTo(id + "/telemetry");
        assertThat(commands.last().topic()).isEqualTo(id + "/commands");

        c.unsubscribe(id + "/commands").get(5, TimeUnit.SECONDS);
        c.publish(id + "/commands", "c".getBytes(StandardCharsets.UTF_8), Qos.AT_LEAST_ONCE, false).get(5, TimeUnit.SECONDS);
        c.publish(id + "/telemetry", "t".getBytes(StandardCharsets.UTF_8), Qos.AT_LEAST_ONCE, false).get(5, TimeUnit.SECONDS);
        await().atMost(WAIT).until(() -> telemetry.size() == 2);
        assertThat(commands.size()).isEqualTo(1);
    }

    /**
     * "Ready" is what a device waits for before its first report: the broker has acknowledged the
     * subscriptions, so another client's message sent then reaches them. "Connected" comes at
     * CONNACK, before the subscriptions are renewed.
     */
    @Test
    void readyComesAfterTheSubscriptionsAreAcknowledgedOnEveryConnect() throws Exception {
        BrokerAddress broker = TestBroker.address();
        String topic = Clients.uniqueId("ready") + "/commands";
        MqttConnection c = create(broker, ConnectOptions.defaults(Clients.uniqueId("ready")));
        Recorder got = new Recorder();
        c.subscribe(topic, Qos.AT_MOST_ONCE, got).get(5, TimeUnit.SECONDS); // kept, made on connect
        MqttConnection other = clients.connect(broker, Clients.uniqueId("other"));
        AtomicReference<CompletableFuture<Void>> connecting = new AtomicReference<>();
        List<Boolean> subscribedAtReady = new CopyOnWriteArrayList<>();
        c.onReady(() -> {
            // The connect future completes once the SUBACKs are in.
            subscribedAtReady.add(connecting.get() != null && connecting.get().isDone());
            other.publish(topic, "hello".getBytes(StandardCharsets.UTF_8), Qos.AT_MOST_ONCE, false);
        });

        connecting.set(c.connect());
        connecting.get().get(10, TimeUnit.SECONDS);
        await().atMost(WAIT).until(() -> got.size() == 1);
        c.disconnect().get(10, TimeUnit.SECONDS);
        connecting.set(c.connect());
        connecting.get().get(10, TimeUnit.SECONDS);
        await().atMost(WAIT).until(() -> got.size() == 2);

        assertThat(subscribedAtReady).containsExactly(true, true);
    }

    /** A bug in one pane's handler must not stop the messages of every other subscriber. */
    @Test
    void aHandlerThatThrowsDoesNotStopDelivery() throws Exception {
        BrokerAddress broker = TestBroker.address();
        String id = Clients.uniqueId("throws");
        MqttConnection c = clients.connect(broker, Clients.uniqueId("listener"));
        Recorder others = new Recorder();
        c.subscribe(id + "/bad", Qos.AT_LEAST_ONCE, m -> {
            throw new IllegalStateException("a bug in a handler");
        }).get(5, TimeUnit.SECONDS);
        c.subscribe(id + "/good", Qos.AT_LEAST_ONCE, others).get(5, TimeUnit.SECONDS);
        MqttConnection sender = clients.connect(broker, Clients.uniqueId("sender"));

        sender.publish(id + "/bad", new byte[] {1}, Qos.AT_LEAST_ONCE, false).get(5, TimeUnit.SECONDS);
        sender.publish(id + "/good", new byte[] {2}, Qos.AT_LEAST_ONCE, false).get(5, TimeUnit.SECONDS);
        sender.publish(id + "/bad", new byte[] {3}, Qos.AT_LEAST_ONCE, false).get(5, TimeUnit.SECONDS);
        sender.publish(id + "/good", new byte[] {4}, Qos.AT_LEAST_ONCE, false).get(5, TimeUnit.SECONDS);

        await().atMost(WAIT).until(() -> others.size() == 2);
        assertThat(c.state().isConnected()).isTrue();
    }

    @Test
    void aFilterWithAStarIsRefusedWithTheReason() {
        MqttConnection c = clients.create(TestBroker.address(), ConnectOptions.defaults(Clients.uniqueId("star")));

        CompletableFuture<Void> result = c.subscribe("/telemetry/*", Qos.AT_MOST_ONCE, m -> { });

        assertThatThrownBy(() -> result.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'*' is not an MQTT wildcard");
    }

    /** What a student types in a publish or subscribe box must never throw at the window. */
    @Test
    void topicsTheClientCannotSendFailTheFutureInsteadOfThrowing() throws Exception {
        BrokerAddress broker = TestBroker.address();
        MqttConnection c = clients.connect(broker, Clients.uniqueId("invalid"));
        byte[] one = {1};

        for (String topic : List.of("a/+", "a/#", "", "a\u0000b", "a\ud800")) {
            assertThatCode(() -> assertThat(c.publish(topic, one, Qos.AT_MOST_ONCE, false))
                    .failsWithin(Duration.ofSeconds(5)))
                    .as("publish to [%s]", topic).doesNotThrowAnyException();
        }
        for (String filter : List.of("a\u0000b", "a\ud800", "$share/g")) {
            assertThatCode(() -> assertThat(c.subscribe(filter, Qos.AT_MOST_ONCE, m -> { }))
                    .failsWithin(Duration.ofSeconds(5)))
                    .as("subscribe to [%s]", filter).doesNotThrowAnyException();
        }

        // A refused filter is not kept: it would be sent again, and fail again, on every reconnect.
        c.disconnect().get(10, TimeUnit.SECONDS);
        c.connect().get(10, TimeUnit.SECONDS);
        assertThat(c.state().isConnected()).isTrue();
        String topic = Clients.uniqueId("still") + "/ok";
        Recorder received = new Recorder();
        c.subscribe(topic, Qos.AT_LEAST_ONCE, received).get(5, TimeUnit.SECONDS);
        c.publish(topic, one, Qos.AT_LEAST_ONCE, false).get(5, TimeUnit.SECONDS);
        await().atMost(WAIT).until(() -> received.size() == 1);
    }

    @Test
    void publishingWhileNotConnectedFailsWithNotConnected() {
        BrokerAddress broker = TestBroker.address();
        MqttConnection c = clients.create(broker, ConnectOptions.defaults(Clients.uniqueId("idle")));

        MqttProblem problem = problemOf(c.publish("a/b", new byte[] {1}, Qos.AT_LEAST_ONCE, false));

        assertThat(problem.kind()).isEqualTo(MqttProblem.Kind.NOT_CONNECTED);
        assertThat(problem.sentence()).isEqualTo("Not connected to " + broker.url() + ".");
    }

    @Test
    void theOptionsNeverShowThePassword() {
        ConnectOptions options = ConnectOptions.defaults("c").withCredentials("student", "s3cret-pw");
        assertThat(options.toString()).contains("student").doesNotContain("s3cret-pw").contains("***");
    }
}
