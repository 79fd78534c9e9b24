package lab.nightlight.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import lab.nightlight.mqtt.Backoff;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.ConnectOptions;
import lab.nightlight.mqtt.ConnectionState;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.Qos;
import lab.nightlight.mqtt.Will;
import lab.nightlight.support.Clients;
import lab.nightlight.support.Recorder;
import lab.nightlight.support.TestBroker;
import org.junit.jupiter.api.Test;

/**
 * Pulling the plug through the relay, against the real embedded broker: what a class sees when a
 * device or server loses its network: the will, sessions that keep QoS 1 messages, and the
 * client-side packet trace.
 */
class PlugPullTest {

    private static final Backoff FAST = new Backoff(Duration.ofMillis(100), Duration.ofMillis(500));

    private static BrokerAddress via(PacketRelay relay) {
        return new BrokerAddress("127.0.0.1", relay.localPort());
    }

    private static PacketRelay relay(PacketHub hub) throws Exception {
        BrokerAddress broker = TestBroker.address();
        return new PacketRelay(broker.host(), broker.port(), hub);
    }

    @Test
    void theRelayShowsTheClientsOwnPacketsForAQos1Publish() throws Exception {
        PacketHub hub = new PacketHub();
        List<Packet> seen = new CopyOnWriteArrayList<>();
        hub.listen(seen::add);
        String id = Clients.uniqueId("traced");
        try (PacketRelay relay = relay(hub); Clients clients = new Clients()) {
            MqttConnection c = clients.connect(via(relay), id);
            c.publish("relay/q1", "{\"light\": 7}".getBytes(StandardCharsets.UTF_8), Qos.AT_LEAST_ONCE, false)
                    .get(5, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(10)).until(() -> seen.stream().anyMatch(p -> p.type() == PacketType.PUBACK));
        }
        assertThat(seen).allMatch(p -> p.vantage() == Vantage.CLIENT);
        assertThat(seen).extracting(Packet::traceLine).containsSubsequence(
                "-> CONNECT mqtt=5 cleanStart=true keepAlive=60s",
                "<- CONNACK code=0 sessionPresent=false");
        Packet publish = seen.stream().filter(p -> p.type() == PacketType.PUBLISH).findFirst().orElseThrow();
        assertThat(publish.clientId()).isEqualTo(id);
        assertThat(publish.traceLine()).isEqualTo("-> PUBLISH qos=1 id=" + publish.packetId()
                + " topic=relay/q1 payload={\"light\": 7}");
        Packet puback = seen.stream().filter(p -> p.type() == PacketType.PUBACK).findFirst().orElseThrow();
        assertThat(puback.packetId()).isEqualTo(publish.packetId());
        // MQTT 5 tells the publisher that nobody subscribes to this topic: worth showing a class.
        assertThat(puback.detail()).isEqualTo("reason=no-matching-subscribers");
    }

    @Test
    void theWillArrivesWhenThePlugIsPulledAndNotOnACleanDisconnect() throws Exception {
        String statusTopic = Clients.uniqueId("will") + "/status";
        try (PacketRelay relay = relay(new PacketHub()); Clients clients = new Clients()) {
            MqttConnection watcher = clients.connect(TestBroker.address(), Clients.uniqueId("watcher"));
            Recorder status = new Recorder();
            watcher.subscribe(statusTopic, Qos.AT_LEAST_ONCE, status).get(5, TimeUnit.SECONDS);
            Will will = new Will(statusTopic, "offline".getBytes(StandardCharsets.UTF_8), Qos.AT_LEAST_ONCE, false);

            // A clean disconnect sends a DISCONNECT: the broker drops the will.
            MqttConnection polite = clients.connect(via(relay),
                    ConnectOptions.defaults(Clients.uniqueId("polite")).withWill(will));
            polite.disconnect().get(5, TimeUnit.SECONDS);

            // A pulled cable: nothing reaches the broker until 1.5 x keep-alive (2 s) has passed.
            MqttConnection device = clients.connect(via(relay),
                    ConnectOptions.defaults(Clients.uniqueId("device")).withWill(will).withKeepAlive(2).withBackoff(FAST));
            long pulledAt = System.nanoTime();
            relay.cut();
            await().atMost(Duration.ofSeconds(20)).until(() -> status.size() >= 1);
            long waitedMs = (System.nanoTime() - pulledAt) / 1_000_000;

            assertThat(status.messages()).hasSize(1);
            assertThat(new String(status.last().payload(), StandardCharsets.UTF_8)).isEqualTo("offline");
            // The broker could only have noticed through the keep-alive (3 s for 2 s).
            assertThat(waitedMs).isGreaterThanOrEqualTo(2_000);
            assertThat(device.state()).isNotInstanceOf(ConnectionState.Connected.class);
        }
    }

    @Test
    void aPersistentSessionKeepsQos1CommandsWhileThePlugIsOut() throws Exception {
        assertThat(queuedAfterPlugPull(false)).containsExactly("{\"led_on\": true}", "{\"led_on\": false}");
    }

    @Test
    void aCleanSessionLosesWhatWasSentWhileThePlugWasOut() throws Exception {
        assertThat(queuedAfterPlugPull(true)).isEmpty();
    }

    /** Commands sent while the device was unplugged that reach it once it is back. */
    private List<String> queuedAfterPlugPull(boolean cleanStart) throws Exception {
        String topic = Clients.uniqueId("session") + "/commands";
        try (PacketRelay relay = relay(new PacketHub()); Clients clients = new Clients()) {
            ConnectOptions options = ConnectOptions.defaults(Clients.uniqueId("device"))
                    .withSession(cleanStart, cleanStart ? 0 : 300).withBackoff(FAST);
            MqttConnection device = clients.connect(via(relay), options);
            Recorder received = new Recorder();
            device.subscribe(topic, Qos.AT_LEAST_ONCE, received).get(5, TimeUnit.SECONDS);

            relay.reset();
            await().atMost(Duration.ofSeconds(10)).until(() -> !device.state().isConnected());
            MqttConnection server = clients.connect(TestBroker.address(), Clients.uniqueId("server"));
            // Whether the broker has noticed yet or not, a kept session gets these (resent with DUP
            // if they went to the dead connection) and a clean one does not.
            server.publish(topic, "{\"led_on\": true}".getBytes(StandardCharsets.UTF_8), Qos.AT_LEAST_ONCE, false).get(5, TimeUnit.SECONDS);
            server.publish(topic, "{\"led_on\": false}".getBytes(StandardCharsets.UTF_8), Qos.AT_LEAST_ONCE, false).get(5, TimeUnit.SECONDS);

            relay.plugIn();
            await().atMost(Duration.ofSeconds(20)).until(() -> device.state().isConnected());
            if (!cleanStart) {
                await().atMost(Duration.ofSeconds(10)).until(() -> received.size() >= 2);
            } else {
                // Prove the channel works again, then that nothing from before came with it. Retained,
                // so it arrives however the resubscription and this publish race each other.
                server.publish(topic, "after".getBytes(StandardCharsets.UTF_8), Qos.AT_LEAST_ONCE, true).get(5, TimeUnit.SECONDS);
                await().atMost(Duration.ofSeconds(10)).until(() -> received.size() >= 1);
                List<String> before = received.messages().stream().map(m -> new String(m.payload(), StandardCharsets.UTF_8))
                        .filter(s -> !s.equals("after")).toList();
                server.publish(topic, new byte[0], Qos.AT_LEAST_ONCE, true).get(5, TimeUnit.SECONDS);
                return before;
            }
            return received.messages().stream().map(m -> new String(m.payload(), StandardCharsets.UTF_8)).toList();
        }
    }
}
