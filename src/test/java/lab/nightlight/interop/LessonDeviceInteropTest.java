package lab.nightlight.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import lab.nightlight.cli.ChildProcess;
import lab.nightlight.cli.InProcessCli;
import lab.nightlight.lesson.DeviceIds;
import lab.nightlight.lesson.Topics;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.ConnectOptions;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.MqttVersion;
import lab.nightlight.server.LogEntry;
import lab.nightlight.server.NightlightServer;
import lab.nightlight.support.Clients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our server decides for a device written like the lesson's Python one (paho 1.6, MQTT 3.1.1):
 * a student's own Raspberry Pi or virtual device works with Nightlight Lab's server.
 */
class LessonDeviceInteropTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration TELEMETRY_EVERY = Duration.ofMillis(300);

    private final Topics topics = new Topics(DeviceIds.random());

    @AfterAll
    static void stopMosquitto() {
        InteropBroker.stopMosquitto();
    }

    static Stream<Arguments> brokersAndVersions() {
        return Stream.of(InteropBroker.values())
                .flatMap(b -> Stream.of(MqttVersion.values()).map(v -> Arguments.of(b, v)));
    }

    @ParameterizedTest(name = "{0} broker, our server in MQTT {1}")
    @MethodSource("brokersAndVersions")
    void ourServerTurnsTheLessonDevicesLedOnAndOff(InteropBroker broker, MqttVersion version) throws Exception {
        BrokerAddress address = broker.address();
        try (Clients clients = new Clients()) {
            MqttConnection connection = clients.connect(address,
                    ConnectOptions.defaults(topics.serverClientId()).withVersion(version));
            try (NightlightServer server = new NightlightServer(connection, topics, Runnable::run);
                 ChildProcess lessonDevice = LessonPython.device(topics.id(), address, 100, TELEMETRY_EVERY)) {
                server.start().get(10, TimeUnit.SECONDS);

                awaitLedAfter(lessonDevice, "LED on", 0);
                assertThat(lessonDevice.stdout()).contains("Message received: {'led_on': True}");
                assertThat(server.log().snapshot()).first().satisfies(first -> {
                    assertThat(first.rejected()).isFalse();
                    assertThat(first.telemetry().light()).isEqualTo(100);
                });

                lessonDevice.send("500");
                awaitLedAfter(lessonDevice, "LED off", lessonDevice.stdout().indexOf("LED on"));
                assertThat(server.counters().rejected()).isZero();
                assertThat(server.log().snapshot()).extracting(LogEntry::telemetry)
                        .anyMatch(t -> t.light() == 500);
                assertThat(lessonDevice.stderr()).as(lessonDevice::describe).isEmpty();
            }
        }
    }

    @ParameterizedTest(name = "{0} broker")
    @EnumSource(InteropBroker.class)
    void ourServerCommandTurnsTheLessonDevicesLedOnAndOff(InteropBroker broker) throws Exception {
        BrokerAddress address = broker.address();
        try (InProcessCli server = InProcessCli.start("server", "--broker", address.url(), "--id", topics.id(),
                "--mqtt", "3", "--json")) {
            server.awaitEvent(e -> e.path("event").asText().equals("subscribed"), WAIT);
            try (ChildProcess lessonDevice = LessonPython.device(topics.id(), address, 100, TELEMETRY_EVERY)) {
                awaitLedAfter(lessonDevice, "LED on", 0);
                lessonDevice.send("500");
                awaitLedAfter(lessonDevice, "LED off", lessonDevice.stdout().indexOf("LED on"));
            }
            assertThat(server.events())
                    .anyMatch(e -> e.path("event").asText().equals("telemetry") && e.get("light").asInt() == 100)
                    .anyMatch(e -> e.path("event").asText().equals("command") && e.get("led_on").asBoolean())
                    .anyMatch(e -> e.path("event").asText().equals("command") && !e.get("led_on").asBoolean())
                    .noneMatch(e -> e.path("event").asText().equals("rejected"));
        }
    }

    /** Waits for the device to print {@code state} after line {@code after}: an LED that follows the light. */
    private static void awaitLedAfter(ChildProcess device, String state, int after) {
        await().atMost(WAIT).untilAsserted(() -> {
            List<String> lines = device.stdout();
            assertThat(lines.subList(Math.max(0, after), lines.size())).as(device::describe).contains(state);
        });
    }
}
