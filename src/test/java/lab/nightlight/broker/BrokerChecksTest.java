package lab.nightlight.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.ConnectOptions;
import lab.nightlight.mqtt.ConnectionState;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.MqttException;
import lab.nightlight.mqtt.MqttProblem;
import lab.nightlight.mqtt.MqttVersion;
import lab.nightlight.mqtt.Qos;
import lab.nightlight.support.Clients;
import lab.nightlight.support.Recorder;
import lab.nightlight.support.TestBroker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the lesson teaches about a broker, checked against the embedded one in in-memory mode
 * (with the pom's exclusions): delivery at each QoS, retained messages, persistent sessions. If
 * one fails, the lesson's explanations would be wrong in the app. Last wills and the bytes of
 * CONNACK are in {@link BrokerWireChecksTest}.
 */
class BrokerChecksTest {

    static final Duration WAIT = Duration.ofSeconds(15);

    private final Clients clients = new Clients();
    private final BrokerAddress broker = TestBroker.address();
    private final String base = Clients.uniqueId("check");

    @AfterEach
    void closeAll() {
        clients.close();
    }

    private MqttConnection client(MqttVersion version) {
        return clients.connect(broker, ConnectOptions.defaults(Clients.uniqueId("c")).withVersion(version));
    }

    private Recorder subscribe(MqttConnection c, String filter, Qos qos) throws Exception {
        Recorder r = new Recorder();
        c.subscribe(filter, qos, r).get(5, TimeUnit.SECONDS);
        return r;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(Qos.class)
    void aMessageArrivesAtTheQosItWasPublishedWith(Qos qos) throws Exception {
        Recorder r = subscribe(client(MqttVersion.V5), base + "/qos", Qos.EXACTLY_ONCE);
        client(MqttVersion.V5).publish(base + "/qos", utf8("q"), qos, false).get(5, TimeUnit.SECONDS);

        await().atMost(WAIT).until(() -> r.size() == 1);
        assertThat(r.last().qos()).isEqualTo(qos);
    }

    @Test
    void theSubscriptionsQosCapsTheDelivery() throws Exception {
        Recorder r = subscribe(client(MqttVersion.V5), base + "/cap", Qos.AT_MOST_ONCE);
        client(MqttVersion.V5).publish(base + "/cap", utf8("q"), Qos.EXACTLY_ONCE, false).get(5, TimeUnit.SECONDS);

        await().atMost(WAIT).until(() -> r.size() == 1);
        assertThat(r.last().qos()).isEqualTo(Qos.AT_MOST_ONCE);
    }

    @Test
    void exactlyOnceIsDeliveredOnce() throws Exception {
        Recorder r = subscribe(client(MqttVersion.V5), base + "/once", Qos.EXACTLY_ONCE);
        MqttConnection sender = client(MqttVersion.V5);
        for (int i = 0; i < 20; i++) {
            sender.publish(base + "/once", utf8("m" + i), Qos.EXACTLY_ONCE, false).get(5, TimeUnit.SECONDS);
        }
        await().atMost(WAIT).until(() -> r.size() >= 20);
        assertThat(r.messages()).extracting(m -> text(m.payload())).doesNotHaveDuplicates().hasSize(20);
    }

    @Test
    void messagesFromOneClientArriveInOrder() throws Exception {
        Recorder r = subscribe(client(MqttVersion.V5), base + "/order", Qos.AT_LEAST_ONCE);
        MqttConnection sender = client(MqttVersion.V5);
        IntStream.range(0, 100).forEach(i -> sender.publish(base + "/order", utf8(Integer.toString(i)), Qos.AT_LEAST_ONCE, false));

        await().atMost(WAIT).until(() -> r.size() == 100);
        assertThat(r.messages()).extracting(m -> Integer.parseInt(text(m.payload())))
                .containsExactlyElementsOf(IntStream.range(0, 100).boxed().toList());
    }

    @Test
    void aLateSubscriberGetsTheRetainedMessageFlaggedAsRetained() throws Exception {
        MqttConnection sender = client(MqttVersion.V5);
        sender.publish(base + "/retained", utf8("stored"), Qos.AT_LEAST_ONCE, true).get(5, TimeUnit.SECONDS);

        Recorder late = subscribe(client(MqttVersion.V5), base + "/retained", Qos.AT_LEAST_ONCE);
        await().atMost(WAIT).until(() -> late.size() == 1);
        assertThat(text(late.last().payload())).isEqualTo("stored");
        assertThat(late.last().retain()).isTrue();

        sender.publish(base + "/retained", new byte[0], Qos.AT_LEAST_ONCE, true).get(5, TimeUnit.SECONDS);
    }

    @Test
    void onlyTheNewestRetainedMessageIsKept() throws Exception {
        MqttConnection sender = client(MqttVersion.V5);
        sender.publish(base + "/newest", utf8("old"), Qos.AT_LEAST_ONCE, true).get(5, TimeUnit.SECONDS);
        sender.publish(base + "/newest", utf8("new"), Qos.AT_LEAST_ONCE, true).get(5, TimeUnit.SECONDS);

        Recorder late = subscribe(client(MqttVersion.V5), base + "/newest", Qos.AT_LEAST_ONCE);
        await().atMost(WAIT).until(() -> late.size() >= 1);
        await().during(Duration.ofMillis(500)).atMost(WAIT).until(() -> late.size() == 1);
        assertThat(text(late.last().payload())).isEqualTo("new");

        sender.publish(base + "/newest", new byte[0], Qos.AT_LEAST_ONCE, true).get(5, TimeUnit.SECONDS);
    }

    @Test
    void anEmptyRetainedMessageClearsTheStoredOne() throws Exception {
        MqttConnection sender = client(MqttVersion.V5);
        sender.publish(base + "/clear", utf8("stored"), Qos.AT_LEAST_ONCE, true).get(5, TimeUnit.SECONDS);
        sender.publish(base + "/clear", new byte[0], Qos.AT_LEAST_ONCE, true).get(5, TimeUnit.SECONDS);
        // A marker on a sibling topic: a wildcard subscriber gets every stored message at once.
        sender.publish(base + "/marker", utf8("m"), Qos.AT_LEAST_ONCE, true).get(5, TimeUnit.SECONDS);

        Recorder late = subscribe(client(MqttVersion.V5), base + "/#", Qos.AT_LEAST_ONCE);
        await().atMost(WAIT).until(() -> late.size() >= 1);
        await().during(Duration.ofMillis(500)).atMost(WAIT).until(() -> late.size() == 1);
        assertThat(late.last().topic()).isEqualTo(base + "/marker");

        sender.publish(base + "/marker", new byte[0], Qos.AT_LEAST_ONCE, true).get(5, TimeUnit.SECONDS);
    }

    @Test
    void anEmptyMessageThatIsNotRetainedIsDeliveredAsEmpty() throws Exception {
        Recorder r = subscribe(client(MqttVersion.V5), base + "/empty", Qos.AT_LEAST_ONCE);
        client(MqttVersion.V5).publish(base + "/empty", new byte[0], Qos.AT_LEAST_ONCE, false).get(5, TimeUnit.SECONDS);

        await().atMost(WAIT).until(() -> r.size() == 1);
        assertThat(r.last().payload()).isEmpty();
    }

    @Test
    void aOneMegabytePayloadArrivesIntact() throws Exception {
        byte[] big = new byte[1024 * 1024];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31);
        }
        Recorder r = subscribe(client(MqttVersion.V5), base + "/big", Qos.AT_LEAST_ONCE);
        client(MqttVersion.V3_1_1).publish(base + "/big", big, Qos.AT_LEAST_ONCE, false).get(10, TimeUnit.SECONDS);

        await().atMost(WAIT).until(() -> r.size() == 1);
        assertThat(Arrays.equals(r.last().payload(), big)).isTrue();
    }

    @Test
    void mqtt311AndMqtt5ClientsTalkToEachOther() throws Exception {
        Recorder to5 = subscribe(client(MqttVersion.V5), base + "/to5", Qos.AT_LEAST_ONCE);
        Recorder to3 = subscribe(client(MqttVersion.V3_1_1), base + "/to3", Qos.AT_LEAST_ONCE);
        client(MqttVersion.V3_1_1).publish(base + "/to5", utf8("from 3"), Qos.AT_LEAST_ONCE, false).get(5, TimeUnit.SECONDS);
        client(MqttVersion.V5).publish(base + "/to3", utf8("from 5"), Qos.AT_LEAST_ONCE, false).get(5, TimeUnit.SECONDS);

        await().atMost(WAIT).until(() -> to5.size() == 1 && to3.size() == 1);
        assertThat(text(to5.last().payload())).isEqualTo("from 3");
        assertThat(text(to3.last().payload())).isEqualTo("from 5");
    }

    @Test
    void aPlusWildcardHearsEveryDeviceAndAHashDoesNotHearTheBrokersOwnTopics() throws Exception {
        MqttConnection listener = client(MqttVersion.V5);
        Recorder plus = subscribe(listener, "+/" + base, Qos.AT_LEAST_ONCE);
        MqttConnection sender = client(MqttVersion.V5);
        sender.publish("dev-a/" + base, utf8("a"), Qos.AT_LEAST_ONCE, false).get(5, TimeUnit.SECONDS);
        sender.publish("dev-b/" + base, utf8("b"), Qos.AT_LEAST_ONCE, false).get(5, TimeUnit.SECONDS);
        sender.publish("dev-a/x/" + base, utf8("deeper"), Qos.AT_LEAST_ONCE, false).get(5, TimeUnit.SECONDS);

        await().atMost(WAIT).until(() -> plus.size() >= 2);
        await().during(Duration.ofMillis(300)).atMost(WAIT).until(() -> plus.size() == 2);
        assertThat(plus.messages()).extracting(m -> m.topic()).containsExactly("dev-a/" + base, "dev-b/" + base);

        Recorder all = subscribe(client(MqttVersion.V5), "#", Qos.AT_MOST_ONCE);
        sender.publish(base + "/seen", utf8("x"), Qos.AT_LEAST_ONCE, false).get(5, TimeUnit.SECONDS);
        await().atMost(WAIT).until(() -> all.messages().stream().anyMatch(m -> m.topic().equals(base + "/seen")));
        assertThat(all.messages()).noneMatch(m -> m.topic().startsWith("$"));
    }

    /** Why DeviceIds refuses an id starting with '$': its telemetry topic would be one of these. */
    @Test
    void publishingToADollarTopicGetsTheClientDisconnected() throws Exception {
        MqttConnection c = client(MqttVersion.V5);
        Throwable t = catchThrowable(() ->
                c.publish("$" + base + "/telemetry", utf8("{\"light\": 1}"), Qos.AT_LEAST_ONCE, false).get(5, TimeUnit.SECONDS));

        assertThat(t).hasCauseInstanceOf(MqttException.class);
        assertThat(((MqttException) t.getCause()).problem().kind())
                .isEqualTo(MqttProblem.Kind.CLOSED_BY_BROKER);
    }

    @ParameterizedTest
    @EnumSource(MqttVersion.class)
    void aPersistentSessionKeepsTheSubscriptionAndQueuesQos1MessagesWhileAway(MqttVersion version) throws Exception {
        String id = Clients.uniqueId("persistent");
        String topic = base + "/queued";
        // 3.1.1: clean session off. MQTT 5: clean start off and a session expiry, or the session ends at once.
        ConnectOptions persistent = ConnectOptions.defaults(id).withVersion(version).withSession(false, 60);
        MqttConnection first = clients.connect(broker, persistent);
        first.subscribe(topic, Qos.AT_LEAST_ONCE, m -> { }).get(5, TimeUnit.SECONDS);
        first.disconnect().get(5, TimeUnit.SECONDS);

        client(MqttVersion.V5).publish(topic, utf8("while away"), Qos.AT_LEAST_ONCE, false).get(5, TimeUnit.SECONDS);

        MqttConnection again = clients.create(broker, persistent);
        Recorder r = new Recorder();
        again.subscribe(topic, Qos.AT_LEAST_ONCE, r).get(5, TimeUnit.SECONDS); // a handler only: not connected yet
        again.connect().get(10, TimeUnit.SECONDS);
        assertThat(again.state()).isEqualTo(new ConnectionState.Connected(broker, true));
        await().atMost(WAIT).until(() -> r.size() == 1);
        assertThat(text(r.last().payload())).isEqualTo("while away");

        // End the session so that it does not outlive the test.
        again.disconnect().get(5, TimeUnit.SECONDS);
        clients.connect(broker, ConnectOptions.defaults(id).withVersion(version));
    }

    @Test
    void withoutASessionExpiryAnMqtt5SessionEndsAtDisconnect() throws Exception {
        String id = Clients.uniqueId("gone");
        String topic = base + "/lost";
        ConnectOptions noExpiry = ConnectOptions.defaults(id).withSession(false, 0);
        MqttConnection first = clients.connect(broker, noExpiry);
        first.subscribe(topic, Qos.AT_LEAST_ONCE, m -> { }).get(5, TimeUnit.SECONDS);
        first.disconnect().get(5, TimeUnit.SECONDS);
        client(MqttVersion.V5).publish(topic, utf8("lost"), Qos.AT_LEAST_ONCE, false).get(5, TimeUnit.SECONDS);

        MqttConnection again = clients.connect(broker, noExpiry);
        assertThat(again.state()).isEqualTo(new ConnectionState.Connected(broker, false));
    }

    @Test
    void theBrokerCountsClientsAndMessages() throws Exception {
        EmbeddedBroker embedded = TestBroker.broker();
        // Clients of earlier tests may still be closing on the shared broker; one that goes while
        // ours comes would leave the count where it was. Take the baseline once it holds still.
        AtomicLong last = new AtomicLong(-1);
        await().atMost(WAIT).pollInterval(Duration.ofMillis(300)).until(() -> {
            long now = embedded.stats().connectedClients();
            return last.getAndSet(now) == now;
        });
        BrokerStats before = embedded.stats();
        MqttConnection c = client(MqttVersion.V5);
        c.publish(base + "/count", utf8("1"), Qos.AT_LEAST_ONCE, false).get(5, TimeUnit.SECONDS);

        await().atMost(WAIT).untilAsserted(() -> {
            BrokerStats now = embedded.stats();
            assertThat(now.connectedClients()).isGreaterThan(before.connectedClients());
            assertThat(now.publishesIn()).isGreaterThan(before.publishesIn());
        });
        c.disconnect().get(5, TimeUnit.SECONDS);
        // Others may still be closing from earlier tests: at most as many as before, then.
        await().atMost(WAIT).until(() -> embedded.stats().connectedClients() <= before.connectedClients());
    }
}
