package lab.nightlight.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import lab.nightlight.broker.BrokerInfo;
import lab.nightlight.broker.BrokerSettings;
import lab.nightlight.broker.EmbeddedBroker;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.Qos;
import lab.nightlight.support.Clients;
import lab.nightlight.support.Recorder;
import lab.nightlight.support.TestBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The packets the embedded broker's interceptors report for real traffic, hop by hop, in order. */
class BrokerPacketFlowTest {

    private static final PacketHub HUB = new PacketHub();
    private static final List<Packet> SEEN = new CopyOnWriteArrayList<>();
    private static EmbeddedBroker broker;
    private static BrokerAddress address;

    @BeforeAll
    static void startObservedBroker() throws Exception {
        HUB.listen(SEEN::add);
        broker = new EmbeddedBroker(BrokerSettings.defaults(Files.createTempDirectory("nl-trace"))
                .withPort(TestBroker.freePort()), HUB);
        BrokerInfo info = broker.start().get(60, TimeUnit.SECONDS);
        address = BrokerAddress.parse(info.url());
    }

    @AfterAll
    static void stop() {
        broker.stop();
    }

    private static List<String> flow(String clientId, String topic) {
        return SEEN.stream()
                .filter(p -> p.clientId().equals(clientId))
                .filter(p -> p.type().name().startsWith("PUB"))
                .filter(p -> p.type() != PacketType.PUBLISH || topic.equals(p.topic()))
                .map(p -> p.direction().arrow() + " " + p.type())
                .toList();
    }

    @Test
    void aQos2PublishShowsTheFourPacketHandshakeOnEachHop() throws Exception {
        try (Clients clients = new Clients()) {
            MqttConnection sender = clients.connect(address, Clients.uniqueId("sender"));
            MqttConnection receiver = clients.connect(address, Clients.uniqueId("receiver"));
            Recorder got = new Recorder();
            receiver.subscribe("trace/q2", Qos.EXACTLY_ONCE, got).get(5, TimeUnit.SECONDS);
            sender.publish("trace/q2", "{\"light\": 1}".getBytes(StandardCharsets.UTF_8), Qos.EXACTLY_ONCE, false)
                    .get(5, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(10)).until(() -> flow(receiver.options().clientId(), "trace/q2").size() >= 4);

            assertThat(flow(sender.options().clientId(), "trace/q2"))
                    .containsExactly("-> PUBLISH", "<- PUBREC", "-> PUBREL", "<- PUBCOMP");
            assertThat(flow(receiver.options().clientId(), "trace/q2"))
                    .containsExactly("<- PUBLISH", "-> PUBREC", "<- PUBREL", "-> PUBCOMP");

            Packet in = SEEN.stream().filter(p -> p.type() == PacketType.PUBLISH
                    && p.direction() == Direction.TO_BROKER && "trace/q2".equals(p.topic())).findFirst().orElseThrow();
            assertThat(in.qos()).isEqualTo(2);
            assertThat(in.packetId()).isPositive();
            assertThat(in.preview()).isEqualTo("{\"light\": 1}");
            // The handshake's packets carry the publish's packet id.
            assertThat(SEEN.stream().filter(p -> p.clientId().equals(sender.options().clientId())
                    && p.type() == PacketType.PUBCOMP).findFirst().orElseThrow().packetId()).isEqualTo(in.packetId());
        }
    }

    @Test
    void aQos1PublishShowsPublishAndPuback() throws Exception {
        try (Clients clients = new Clients()) {
            MqttConnection sender = clients.connect(address, Clients.uniqueId("sender"));
            MqttConnection receiver = clients.connect(address, Clients.uniqueId("receiver"));
            receiver.subscribe("trace/q1", Qos.AT_LEAST_ONCE, new Recorder()).get(5, TimeUnit.SECONDS);
            sender.publish("trace/q1", new byte[] {1}, Qos.AT_LEAST_ONCE, false).get(5, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(10)).until(() -> flow(receiver.options().clientId(), "trace/q1").size() >= 2);
            assertThat(flow(sender.options().clientId(), "trace/q1")).containsExactly("-> PUBLISH", "<- PUBACK");
            assertThat(flow(receiver.options().clientId(), "trace/q1")).containsExactly("<- PUBLISH", "-> PUBACK");
        }
    }

    @Test
    void connectSubscribeAndDisconnectAreSeenWithTheirDetails() throws Exception {
        String id = Clients.uniqueId("lifecycle");
        try (Clients clients = new Clients()) {
            MqttConnection c = clients.connect(address, id);
            c.subscribe("trace/+/x", Qos.AT_LEAST_ONCE, new Recorder()).get(5, TimeUnit.SECONDS);
            c.disconnect().get(5, TimeUnit.SECONDS);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> SEEN.stream()
                .anyMatch(p -> p.clientId().equals(id) && p.type() == PacketType.DISCONNECT));
        List<Packet> mine = SEEN.stream().filter(p -> p.clientId().equals(id)).toList();
        assertThat(mine).extracting(Packet::type)
                .containsSubsequence(PacketType.CONNECT, PacketType.CONNACK, PacketType.SUBSCRIBE, PacketType.SUBACK,
                        PacketType.DISCONNECT);
        assertThat(mine.get(0).detail()).contains("keepAlive=60s").contains("cleanStart=true");
        assertThat(mine.stream().filter(p -> p.type() == PacketType.SUBSCRIBE).findFirst().orElseThrow().topic())
                .isEqualTo("trace/+/x");
    }
}
