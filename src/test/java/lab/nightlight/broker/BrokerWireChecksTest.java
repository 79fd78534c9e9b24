package lab.nightlight.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.ConnectOptions;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.Qos;
import lab.nightlight.mqtt.Will;
import lab.nightlight.support.Clients;
import lab.nightlight.support.Recorder;
import lab.nightlight.support.TestBroker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Last wills and the broker's answers on the wire, with a hand-built client where a library
 * would be too polite: it can vanish without DISCONNECT, and it shows CONNACK's bytes.
 */
class BrokerWireChecksTest {

    private static final Duration WAIT = BrokerChecksTest.WAIT;

    private final Clients clients = new Clients();
    private final BrokerAddress broker = TestBroker.address();
    private final String status = Clients.uniqueId("wire") + "/status";
    private Recorder wills;

    @BeforeEach
    void listenForWills() throws Exception {
        wills = new Recorder();
        clients.connect(broker, Clients.uniqueId("watcher")).subscribe(status, Qos.AT_LEAST_ONCE, wills).get(5, TimeUnit.SECONDS);
    }

    @AfterEach
    void closeAll() throws Exception {
        clients.connect(broker, Clients.uniqueId("cleaner")).publish(status, new byte[0], Qos.AT_LEAST_ONCE, true)
                .get(5, TimeUnit.SECONDS);
        clients.close();
    }

    private RawMqtt raw() throws Exception {
        return new RawMqtt(broker.host(), broker.port());
    }

    private RawMqtt.Will offline(boolean retain) {
        return new RawMqtt.Will(status, "offline", 1, retain);
    }

    @Test
    void aClientThatVanishesWithoutDisconnectGetsItsWillPublished() throws Exception {
        RawMqtt device = raw();
        device.connect(4, Clients.uniqueId("vanish"), 2, offline(false));

        device.close(); // no DISCONNECT: a pulled plug

        await().atMost(WAIT).until(() -> wills.size() == 1);
        assertThat(new String(wills.last().payload(), StandardCharsets.UTF_8)).isEqualTo("offline");
        assertThat(wills.last().qos()).isEqualTo(Qos.AT_LEAST_ONCE);
    }

    @Test
    void aClientThatFallsSilentIsDroppedAfterOneAndAHalfKeepAlivesAndItsWillSent() throws Exception {
        try (RawMqtt device = raw()) {
            device.connect(4, Clients.uniqueId("silent"), 1, offline(false));
            long start = System.nanoTime();

            // No PINGREQ: the broker gives up after 1.5 x 1 s and closes the socket.
            assertThat(device.closedByBroker(10_000)).isTrue();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(1_000);
            await().atMost(WAIT).until(() -> wills.size() == 1);
        }
    }

    @Test
    void aCleanDisconnectDiscardsTheWill() throws Exception {
        try (RawMqtt device = raw()) {
            device.connect(4, Clients.uniqueId("polite"), 2, offline(false));
            device.disconnect();
            assertThat(device.closedByBroker(5_000)).isTrue();
        }
        await().during(Duration.ofMillis(800)).atMost(WAIT).until(() -> wills.size() == 0);
    }

    @Test
    void ourDisconnectIsCleanSoNoWillIsSent() throws Exception {
        Will will = new Will(status, "offline".getBytes(StandardCharsets.UTF_8), Qos.AT_LEAST_ONCE, false);
        MqttConnection device = clients.connect(broker, ConnectOptions.defaults(Clients.uniqueId("ours")).withWill(will));

        device.disconnect().get(5, TimeUnit.SECONDS);

        await().during(Duration.ofMillis(800)).atMost(WAIT).until(() -> wills.size() == 0);
    }

    @Test
    void aRetainedWillReachesSubscribersWhoComeLater() throws Exception {
        RawMqtt device = raw();
        device.connect(4, Clients.uniqueId("retained-will"), 2, offline(true));
        device.close();
        await().atMost(WAIT).until(() -> wills.size() == 1);

        Recorder late = new Recorder();
        clients.connect(broker, Clients.uniqueId("late")).subscribe(status, Qos.AT_LEAST_ONCE, late).get(5, TimeUnit.SECONDS);
        await().atMost(WAIT).until(() -> late.size() == 1);
        assertThat(late.last().retain()).isTrue();
    }

    @Test
    void mqtt311ConnAckIsAcceptedWithNoSession() throws Exception {
        try (RawMqtt c = raw()) {
            RawMqtt.ConnAck ack = c.connect(4, Clients.uniqueId("ack3"), 30, null);
            assertThat(ack.remainingLength()).isEqualTo(2);
            assertThat(ack.code()).as("0 = connection accepted").isZero();
            assertThat(ack.sessionPresent()).isFalse();
        }
    }

    @Test
    void mqtt5ConnAckAcceptsAndAssignsAnIdToAClientWithoutOne() throws Exception {
        try (RawMqtt c = raw()) {
            RawMqtt.ConnAck ack = c.connect(5, "", 30, null);
            assertThat(ack.code()).as("0 = success").isZero();
            assertThat(ack.sessionPresent()).isFalse();
            byte[] assigned = RawMqtt.utf8Property(ack.properties(), 0x12);
            assertThat(assigned).as("Assigned Client Identifier property").isNotNull().isNotEmpty();
        }
    }

    @Test
    void inMqtt311ASecondClientWithTheSameIdClosesTheFirstsSocket() throws Exception {
        String id = Clients.uniqueId("twin");
        try (RawMqtt first = raw(); RawMqtt second = raw()) {
            first.connect(4, id, 30, null);
            RawMqtt.ConnAck ack = second.connect(4, id, 30, null);

            assertThat(ack.code()).isZero();
            // No DISCONNECT packet exists for a broker in 3.1.1: the socket just closes.
            assertThat(first.closedByBroker(5_000)).isTrue();
            assertThat(second.closedByBroker(500)).isFalse();
        }
    }
}
