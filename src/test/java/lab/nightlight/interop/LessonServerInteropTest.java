package lab.nightlight.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;
import lab.nightlight.cli.ChildProcess;
import lab.nightlight.cli.InProcessCli;
import lab.nightlight.device.VirtualDevice;
import lab.nightlight.lesson.DeviceIds;
import lab.nightlight.lesson.Topics;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.ConnectOptions;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.MqttVersion;
import lab.nightlight.mqtt.Qos;
import lab.nightlight.support.Clients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lesson's own Python server (paho 1.6, MQTT 3.1.1) decides for our device: what a student
 * runs from the lesson text must work with Nightlight Lab's device, on our broker and on Mosquitto.
 */
class LessonServerInteropTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final Topics topics = new Topics(DeviceIds.random());

    @AfterAll
    static void stopMosquitto() {
        InteropBroker.stopMosquitto();
    }

    static Stream<Arguments> brokersAndVersions() {
        return Stream.of(InteropBroker.values())
                .flatMap(b -> Stream.of(MqttVersion.values()).map(v -> Arguments.of(b, v)));
    }

    @ParameterizedTest(name = "{0} broker, our device in MQTT {1}")
    @MethodSource("brokersAndVersions")
    void theLessonServerTurnsOurDevicesLedOnAndOff(InteropBroker broker, MqttVersion version) throws Exception {
        BrokerAddress address = broker.address();
        try (ChildProcess lessonServer = LessonPython.server(topics.id(), address);
             Clients clients = new Clients()) {
            MqttConnection connection = clients.connect(address,
                    ConnectOptions.defaults(topics.deviceClientId()).withVersion(version));
            try (VirtualDevice device = new VirtualDevice(connection, topics, Runnable::run)) {
                device.setLight(100);
                // Like the lesson's device loop, it keeps sending, so it does not matter when the server is up.
                device.setInterval(Duration.ofMillis(300));
                device.start().get(10, java.util.concurrent.TimeUnit.SECONDS);

                await().atMost(WAIT).untilAsserted(() -> assertThat(device.ledOn()).as(lessonServer::describe).isTrue());
                assertThat(lessonServer.stdout()).contains("Message received: {'light': 100}",
                        "Sending message: {'led_on': True}");

                device.setLight(500);
                await().atMost(WAIT).untilAsserted(() -> assertThat(device.ledOn()).as(lessonServer::describe).isFalse());
                lessonServer.awaitStdout(l -> l.equals("Sending message: {'led_on': False}"), WAIT);
                assertThat(device.commandsRejected()).isZero();
            }
            assertThat(lessonServer.stderr()).as(lessonServer::describe).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0} broker")
    @EnumSource(InteropBroker.class)
    void theLessonServerAnswersOurDeviceCommand(InteropBroker broker) throws Exception {
        BrokerAddress address = broker.address();
        try (ChildProcess lessonServer = LessonPython.server(topics.id(), address);
             Clients clients = new Clients()) {
            awaitListening(lessonServer, clients.connect(address, Clients.uniqueId("probe")));
            try (InProcessCli device = InProcessCli.start("device", "--broker", address.url(), "--id", topics.id(),
                    "--lights", "100,500", "--interval", "500ms", "--json")) {
                device.awaitEvent(e -> e.path("event").asText().equals("led") && !e.get("on").asBoolean()
                        && device.events().stream().anyMatch(LessonServerInteropTest::ledOn), WAIT);
                assertThat(device.events()).filteredOn(e -> e.path("event").asText().equals("led"))
                        .extracting(e -> e.get("on").asBoolean()).startsWith(true, false);
                assertThat(device.stderr()).isEmpty();
            }
            assertThat(lessonServer.stdout()).contains("Message received: {'light': 100}",
                    "Sending message: {'led_on': True}", "Message received: {'light': 500}",
                    "Sending message: {'led_on': False}");
        }
    }

    private static boolean ledOn(JsonNode e) {
        return e.path("event").asText().equals("led") && e.get("on").asBoolean();
    }

    /**
     * The lesson's server prints nothing until a message comes, so a probe sends a bright reading
     * until the server has printed one: from then on its subscription is in place, and our device's
     * first level (sent once) cannot be lost.
     */
    private void awaitListening(ChildProcess lessonServer, MqttConnection probe) {
        byte[] bright = "{\"light\": 1023}".getBytes(StandardCharsets.UTF_8);
        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            probe.publish(topics.telemetry(), bright, Qos.AT_MOST_ONCE, false);
            assertThat(lessonServer.stdout()).as(lessonServer::describe).contains("Message received: {'light': 1023}");
        });
    }
}
