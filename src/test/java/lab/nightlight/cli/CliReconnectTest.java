package lab.nightlight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import lab.nightlight.lesson.DeviceIds;
import lab.nightlight.support.MosquittoBroker;
import lab.nightlight.support.TestBroker;
import org.junit.jupiter.api.Test;

/**
 * After the first connection a lost broker is not the end: the commands say so, retry, and carry
 * on where they were once it is back. Mosquitto can be stopped and started again on one port.
 */
class CliReconnectTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static boolean isEvent(JsonNode e, String name) {
        return e.path("event").asText().equals(name);
    }

    private static long count(InProcessCli cli, String name) {
        return cli.events().stream().filter(e -> isEvent(e, name)).count();
    }

    @Test
    void deviceAndServerReconnectAndTheLoopGoesOn() throws Exception {
        String id = DeviceIds.random();
        MosquittoBroker.Config config = new MosquittoBroker.Config()
                .listener(MosquittoBroker.Listener.mqtt(TestBroker.freePort()));
        MosquittoBroker first = MosquittoBroker.start(config);
        String url = first.address().url();
        try (InProcessCli server = InProcessCli.start("server", "--broker", url, "--id", id, "--json");
             InProcessCli device = startAfterSubscribed(server, "device", "--broker", url, "--id", id,
                     "--light", "100", "--interval", "300ms", "--json")) {
            device.awaitEvent(e -> isEvent(e, "led") && e.get("on").asBoolean(), WAIT);

            first.close();
            JsonNode lost = device.awaitEvent(e -> isEvent(e, "disconnected"), WAIT);
            assertThat(lost.get("reason").asText()).isNotBlank();
            assertThat(lost.get("retry_in_ms").asLong()).isPositive();
            assertThat(lost.get("attempt").asInt()).isPositive();
            server.awaitEvent(e -> isEvent(e, "disconnected"), WAIT);

            try (MosquittoBroker second = MosquittoBroker.start(config)) {
                device.awaitEvent(e -> isEvent(e, "connected") && count(device, "connected") == 2, WAIT);
                server.awaitEvent(e -> isEvent(e, "connected") && count(server, "connected") == 2, WAIT);
                // Both resubscribed on their own: new telemetry reaches the server, and its command the device.
                int ledsBefore = ledEvents(device).size();
                org.awaitility.Awaitility.await().atMost(WAIT).untilAsserted(() ->
                        assertThat(ledEvents(device).size()).as(() -> device.describe() + "\n" + server.describe())
                                .isGreaterThan(ledsBefore));
                assertThat(device.hasExited()).isFalse();
                assertThat(server.hasExited()).isFalse();
            }
        }
    }

    private static List<JsonNode> ledEvents(InProcessCli cli) {
        return cli.events().stream().filter(e -> isEvent(e, "led")).toList();
    }

    private static InProcessCli startAfterSubscribed(InProcessCli server, String... deviceArgs) {
        server.awaitEvent(e -> isEvent(e, "subscribed"), WAIT);
        return InProcessCli.start(deviceArgs);
    }
}
