package lab.nightlight.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import lab.nightlight.lesson.BadPayloads;
import lab.nightlight.lesson.DeviceIds;
import lab.nightlight.lesson.Rejection;
import lab.nightlight.lesson.Topics;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.Qos;
import lab.nightlight.support.Clients;
import lab.nightlight.support.Recorder;
import lab.nightlight.support.TestBroker;
import org.junit.jupiter.api.Test;

/**
 * The server through the real broker, fed every payload of the bad-telemetry corpus on its
 * telemetry topic: it counts each one exactly, keeps going, and decides the next good one.
 */
class ServerBadTelemetryTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void everyBadPayloadIsCountedAsRejectedAndTheNextGoodOneIsDecided() throws Exception {
        BrokerAddress broker = TestBroker.address();
        List<BadPayloads.Case> corpus = BadPayloads.telemetry();
        // A retained bad message already on the topic is the first thing the server meets.
        BadPayloads.Case retained = corpus.stream().filter(c -> c.payload().length > 0 && c.payload().length < 100)
                .findFirst().orElseThrow();
        try (Clients clients = new Clients()) {
            Topics topics = new Topics(DeviceIds.random());
            MqttConnection sender = clients.connect(broker, Clients.uniqueId("sender"));
            MqttConnection spy = clients.connect(broker, Clients.uniqueId("spy"));
            Recorder commands = new Recorder();
            spy.subscribe(topics.commands(), Qos.AT_LEAST_ONCE, commands).get(5, TimeUnit.SECONDS);
            sender.publish(topics.telemetry(), retained.payload(), Qos.AT_LEAST_ONCE, true).get(5, TimeUnit.SECONDS);

            MqttConnection serverConnection = clients.connect(broker, topics.serverClientId());
            try (NightlightServer server = new NightlightServer(serverConnection, topics, Runnable::run)) {
                List<LogEntry> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
                server.addListener(new ServerListener() {
                    @Override
                    public void logged(LogEntry entry) {
                        logged.add(entry);
                    }
                });
                server.start().get(5, TimeUnit.SECONDS);
                await().atMost(WAIT).until(() -> server.counters().received() == 1);
                assertThat(server.log().snapshot().get(0).retain()).as("the stored message arrives flagged retained").isTrue();

                List<CompletableFuture<Void>> sent = new ArrayList<>();
                for (BadPayloads.Case bad : corpus) {
                    if (bad != retained) {
                        sent.add(sender.publish(topics.telemetry(), bad.payload(), Qos.AT_LEAST_ONCE, false));
                    }
                }
                CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
                await().atMost(WAIT).until(() -> server.counters().received() == corpus.size());

                ServerCounters counters = server.counters();
                assertThat(counters.rejected()).isEqualTo(corpus.size());
                assertThat(counters.accepted()).isZero();
                assertThat(counters.commandsSent()).isZero();
                assertThat(commands.size()).as("no command for a rejected payload").isZero();

                // Every rejection has the corpus's reason and the exact bytes that were sent.
                List<LogEntry> entries = server.log().snapshot();
                assertThat(entries).hasSize(corpus.size()).allMatch(LogEntry::rejected);
                assertThat(entries.stream().map(e -> key(e.rejection().reason(), e.rejection().raw())).sorted())
                        .containsExactlyElementsOf(corpus.stream().map(c -> key(c.reason(), c.payload())).sorted()
                                .collect(Collectors.toList()));
                assertThat(entries).allSatisfy(e -> assertThat(e.explanation()).isEqualTo(e.rejection().message()));
                assertThat(logged).hasSize(corpus.size());

                // Still connected, still deciding.
                assertThat(serverConnection.state().isConnected()).isTrue();
                sender.publish(topics.telemetry(), "{\"light\": 120}".getBytes(StandardCharsets.UTF_8), Qos.AT_LEAST_ONCE, false)
                        .get(5, TimeUnit.SECONDS);
                await().atMost(WAIT).until(() -> commands.size() == 1);
                assertThat(text(commands.last().payload())).isEqualTo("{\"led_on\": true}");
                assertThat(counters.accepted()).isEqualTo(1);
                assertThat(counters.rejected()).isEqualTo(corpus.size());
                assertThat(server.log().snapshot()).last().satisfies(e -> {
                    assertThat(e.rejected()).isFalse();
                    assertThat(e.explanation()).isEqualTo("light 120 < 300: LED on");
                });
            } finally {
                sender.publish(topics.telemetry(), new byte[0], Qos.AT_LEAST_ONCE, true).get(5, TimeUnit.SECONDS);
            }
        }
    }

    /** Reason plus content, comparable without holding two copies of a megabyte in a string. */
    private static String key(Rejection.Reason reason, byte[] raw) {
        return reason + " " + raw.length + " " + ByteBuffer.wrap(raw).hashCode();
    }

    @Test
    void aThresholdChangedWhileRunningAppliesToTheNextTelemetry() throws Exception {
        BrokerAddress broker = TestBroker.address();
        try (Clients clients = new Clients()) {
            Topics topics = new Topics(DeviceIds.random());
            MqttConnection sender = clients.connect(broker, topics.deviceClientId());
            MqttConnection spy = clients.connect(broker, Clients.uniqueId("spy"));
            Recorder commands = new Recorder();
            spy.subscribe(topics.commands(), Qos.AT_LEAST_ONCE, commands).get(5, TimeUnit.SECONDS);
            try (NightlightServer server = new NightlightServer(clients.connect(broker, topics.serverClientId()), topics,
                    Runnable::run)) {
                server.start().get(5, TimeUnit.SECONDS);
                byte[] light400 = "{\"light\": 400}".getBytes(StandardCharsets.UTF_8);

                sender.publish(topics.telemetry(), light400, Qos.AT_LEAST_ONCE, false).get(5, TimeUnit.SECONDS);
                await().atMost(WAIT).until(() -> commands.size() == 1);
                assertThat(text(commands.last().payload())).isEqualTo("{\"led_on\": false}");

                server.setThreshold(500);
                sender.publish(topics.telemetry(), light400, Qos.AT_LEAST_ONCE, false).get(5, TimeUnit.SECONDS);
                await().atMost(WAIT).until(() -> commands.size() == 2);
                assertThat(text(commands.last().payload())).isEqualTo("{\"led_on\": true}");
                assertThat(server.log().snapshot()).extracting(LogEntry::threshold).containsExactly(300, 500);
                assertThat(server.log().snapshot()).extracting(LogEntry::explanation)
                        .containsExactly("light 400 >= 300: LED off", "light 400 < 500: LED on");
            }
        }
    }

    @Test
    void commandQosAndSubscriptionQosChangedWhileRunningApplyToTheNextMessage() throws Exception {
        BrokerAddress broker = TestBroker.address();
        try (Clients clients = new Clients()) {
            Topics topics = new Topics(DeviceIds.random());
            MqttConnection sender = clients.connect(broker, topics.deviceClientId());
            MqttConnection spy = clients.connect(broker, Clients.uniqueId("spy"));
            Recorder commands = new Recorder();
            spy.subscribe(topics.commands(), Qos.EXACTLY_ONCE, commands).get(5, TimeUnit.SECONDS);
            try (NightlightServer server = new NightlightServer(clients.connect(broker, topics.serverClientId()), topics,
                    Runnable::run)) {
                server.start().get(5, TimeUnit.SECONDS);
                server.setCommandQos(Qos.EXACTLY_ONCE);
                server.setSubscriptionQos(Qos.EXACTLY_ONCE).get(5, TimeUnit.SECONDS);

                sender.publish(topics.telemetry(), "{\"light\": 1}".getBytes(StandardCharsets.UTF_8), Qos.EXACTLY_ONCE, false)
                        .get(5, TimeUnit.SECONDS);
                await().atMost(WAIT).until(() -> commands.size() == 1);
                assertThat(commands.last().qos()).isEqualTo(Qos.EXACTLY_ONCE);
                // The telemetry arrived at the new subscription's QoS, not the lesson's default 0.
                assertThat(server.log().snapshot()).last().satisfies(e -> assertThat(e.qos()).isEqualTo(Qos.EXACTLY_ONCE));
                assertThat(server.counters().received()).as("re-subscribing does not duplicate deliveries").isEqualTo(1);
            }
        }
    }

    @Test
    void clearEmptiesTheLogAndZeroesTheCounters() throws Exception {
        BrokerAddress broker = TestBroker.address();
        try (Clients clients = new Clients()) {
            Topics topics = new Topics(DeviceIds.random());
            MqttConnection sender = clients.connect(broker, topics.deviceClientId());
            try (NightlightServer server = new NightlightServer(clients.connect(broker, topics.serverClientId()), topics,
                    Runnable::run)) {
                server.start().get(5, TimeUnit.SECONDS);
                sender.publish(topics.telemetry(), "oops".getBytes(StandardCharsets.UTF_8), Qos.AT_LEAST_ONCE, false);
                sender.publish(topics.telemetry(), "{\"light\": 5}".getBytes(StandardCharsets.UTF_8), Qos.AT_LEAST_ONCE, false);
                await().atMost(WAIT).until(() -> server.counters().commandsSent() == 1);

                server.clear();
                assertThat(server.log().snapshot()).isEmpty();
                assertThat(server.counters().received()).isZero();
                assertThat(server.counters().rejected()).isZero();
                assertThat(server.counters().accepted()).isZero();
                assertThat(server.counters().commandsSent()).isZero();
            }
        }
    }
}
