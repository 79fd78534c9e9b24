package lab.nightlight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lab.nightlight.lesson.DeviceIds;
import lab.nightlight.lesson.Topics;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.Qos;
import lab.nightlight.support.Clients;
import lab.nightlight.support.Recorder;
import lab.nightlight.support.TestBroker;
import org.junit.jupiter.api.Test;

/** The device and server commands, in this JVM, through the real embedded broker. */
class CliLoopTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final String id = DeviceIds.random();
    private final String broker = TestBroker.address().url();

    private static boolean isEvent(JsonNode e, String name) {
        return e.path("event").asText().equals(name);
    }

    @Test
    void deviceLightsTurnTheLedOnThenOffThroughTheServer() throws Exception {
        try (InProcessCli server = InProcessCli.start("server", "--broker", broker, "--id", id, "--json");
             InProcessCli device = startDeviceOnceServerListens(server, "--lights", "100,500", "--interval", "300ms", "--json")) {
            device.awaitEvent(e -> isEvent(e, "led") && !e.get("on").asBoolean()
                    && device.events().stream().anyMatch(x -> isEvent(x, "led") && x.get("on").asBoolean()), WAIT);

            List<JsonNode> events = device.events();
            assertThat(events.get(0).get("event").asText()).isEqualTo("connected");
            assertThat(events.get(0).get("client_id").asText()).isEqualTo(id + "nightlight_client");
            assertThat(events).filteredOn(e -> isEvent(e, "telemetry")).extracting(e -> e.get("light").asInt())
                    .startsWith(100, 500);
            assertThat(events).filteredOn(e -> isEvent(e, "led")).extracting(e -> e.get("on").asBoolean())
                    .startsWith(true, false);
            assertThat(server.events()).anyMatch(e -> isEvent(e, "telemetry") && e.get("light").asInt() == 100)
                    .anyMatch(e -> isEvent(e, "command") && e.get("led_on").asBoolean())
                    .anyMatch(e -> isEvent(e, "command") && !e.get("led_on").asBoolean());

            assertThat(device.stop()).isEqualTo(Cli.OK);
            assertThat(server.stop()).isEqualTo(Cli.OK);
            assertThat(device.events()).last().satisfies(e -> {
                assertThat(e.get("event").asText()).isEqualTo("disconnected");
                assertThat(e.get("reason").asText()).isEqualTo("stopped");
            });
            assertThat(device.stderr()).isEmpty();
            assertThat(server.stderr()).isEmpty();
        }
    }

    @Test
    void withoutJsonTheLinesReadLikeTheLessonsPrints() throws Exception {
        try (InProcessCli server = InProcessCli.start("server", "--broker", broker, "--id", id);
             InProcessCli device = startDeviceOnceServerListens(server, "--light", "120", "--interval", "300ms")) {
            device.awaitStdout(l -> l.equals("Command received: {\"led_on\": true} -> LED on"), WAIT);
            assertThat(device.stdout()).contains("Sending telemetry  {\"light\": 120}");
            server.awaitStdout(l -> l.equals("Sending message: {'led_on': True}"), WAIT);
            assertThat(server.stdout()).contains("Message received: {'light': 120}");
        }
    }

    @Test
    void theServerSaysWhatItRejectedAndGoesOn() throws Exception {
        try (Clients clients = new Clients();
             InProcessCli server = InProcessCli.start("server", "--broker", broker, "--id", id, "--json")) {
            server.awaitEvent(e -> isEvent(e, "subscribed"), WAIT);
            MqttConnection sender = clients.connect(TestBroker.address(), Clients.uniqueId("sender"));
            Topics topics = new Topics(id);
            sender.publish(topics.telemetry(), "light: dim".getBytes(StandardCharsets.UTF_8), Qos.AT_LEAST_ONCE, false)
                    .get(5, TimeUnit.SECONDS);
            sender.publish(topics.telemetry(), "{\"light\": 7}".getBytes(StandardCharsets.UTF_8), Qos.AT_LEAST_ONCE, false)
                    .get(5, TimeUnit.SECONDS);

            JsonNode rejected = server.awaitEvent(e -> isEvent(e, "rejected"), WAIT);
            assertThat(rejected.get("payload").asText()).isEqualTo("light: dim");
            assertThat(rejected.get("reason").asText()).startsWith("Rejected: the payload is not JSON");
            assertThat(rejected.get("code").asText()).isEqualTo("NOT_JSON");
            server.awaitEvent(e -> isEvent(e, "command") && e.get("led_on").asBoolean(), WAIT);
        }
    }

    @Test
    void retainedCommandsAtTheChosenQosWaitForALateDevice() throws Exception {
        try (Clients clients = new Clients();
             InProcessCli server = InProcessCli.start("server", "--broker", broker, "--id", id,
                     "--qos", "2", "--retain", "--threshold", "600", "--json")) {
            server.awaitEvent(e -> isEvent(e, "subscribed") && e.get("threshold").asInt() == 600, WAIT);
            Topics topics = new Topics(id);
            MqttConnection sender = clients.connect(TestBroker.address(), Clients.uniqueId("sender"));
            sender.publish(topics.telemetry(), "{\"light\": 500}".getBytes(StandardCharsets.UTF_8), Qos.EXACTLY_ONCE, false)
                    .get(5, TimeUnit.SECONDS);
            server.awaitEvent(e -> isEvent(e, "command") && e.get("led_on").asBoolean(), WAIT);

            MqttConnection late = clients.connect(TestBroker.address(), Clients.uniqueId("late"));
            Recorder stored = new Recorder();
            late.subscribe(topics.commands(), Qos.EXACTLY_ONCE, stored).get(5, TimeUnit.SECONDS);
            org.awaitility.Awaitility.await().atMost(WAIT).until(() -> stored.size() == 1);
            assertThat(stored.last().retain()).isTrue();
            assertThat(stored.last().qos()).isEqualTo(Qos.EXACTLY_ONCE);
            assertThat(new String(stored.last().payload(), StandardCharsets.UTF_8)).isEqualTo("{\"led_on\": true}");
            // Leave nothing retained for other tests.
            sender.publish(topics.commands(), new byte[0], Qos.AT_LEAST_ONCE, true).get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void anUnreachableBrokerIsOneSentenceAndExitOne() throws Exception {
        String nobody = "mqtt://127.0.0.1:" + TestBroker.freePort();
        InProcessCli cli = InProcessCli.run("device", "--broker", nobody, "--id", id);
        assertThat(cli.awaitExit(Duration.ofSeconds(1))).isEqualTo(Cli.FAILED);
        assertThat(cli.stdout()).isEmpty();
        assertThat(cli.stderr()).singleElement().asString()
                .startsWith("Nothing is listening at " + nobody + ": the connection was refused.");

        InProcessCli json = InProcessCli.run("server", "--broker", nobody, "--id", id, "--json");
        assertThat(json.awaitExit(Duration.ofSeconds(1))).isEqualTo(Cli.FAILED);
        assertThat(json.events()).singleElement().satisfies(e -> {
            assertThat(e.get("event").asText()).isEqualTo("error");
            assertThat(e.get("message").asText()).startsWith("Nothing is listening at " + nobody);
        });
        assertThat(json.stderr()).hasSize(1);
    }

    @Test
    void aSecondDeviceWithTheSameIdEndsTheFirstWithASentence() throws Exception {
        try (InProcessCli first = InProcessCli.start("device", "--broker", broker, "--id", id, "--json")) {
            first.awaitEvent(e -> isEvent(e, "subscribed"), WAIT);
            try (InProcessCli second = InProcessCli.start("device", "--broker", broker, "--id", id, "--json")) {
                second.awaitEvent(e -> isEvent(e, "subscribed"), WAIT);
                assertThat(first.awaitExit(WAIT)).isEqualTo(Cli.FAILED);
                assertThat(first.stderr()).singleElement().asString().contains("same client id");
                assertThat(first.events()).anyMatch(e -> isEvent(e, "error") && e.get("fatal").asBoolean());
                assertThat(second.hasExited()).isFalse();
            }
        }
    }

    private InProcessCli startDeviceOnceServerListens(InProcessCli server, String... options) {
        // The telemetry subscription must be in place before the first level, or it is lost (QoS 0, not retained).
        server.awaitStdout(l -> l.contains("subscribed") || l.startsWith("Listening for telemetry"), WAIT);
        String[] args = new String[options.length + 5];
        System.arraycopy(new String[] {"device", "--broker", broker, "--id", id}, 0, args, 0, 5);
        System.arraycopy(options, 0, args, 5, options.length);
        return InProcessCli.start(args);
    }
}
