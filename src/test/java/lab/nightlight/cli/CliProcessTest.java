package lab.nightlight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import lab.nightlight.broker.BrokerSettings;
import lab.nightlight.lesson.DeviceIds;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.support.Clients;
import lab.nightlight.support.TestBroker;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The commands as separate processes, the way scripts and students run them: exit codes, signals,
 * and stdout that holds nothing but JSON lines with {@code --json}.
 */
class CliProcessTest {

    /** A JVM starting on a busy 2-core machine, then connecting: generous on purpose. */
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** What the JVM exits with after SIGTERM (128 + 15) and Ctrl-C (128 + 2). */
    private static final int SIGTERM_EXIT = 143;
    private static final int SIGINT_EXIT = 130;

    private final String id = DeviceIds.random();

    private static boolean isEvent(JsonNode e, String name) {
        return e.path("event").asText().equals(name);
    }

    private static List<JsonNode> events(ChildProcess p) {
        return p.stdout().stream().map(InProcessCli::parse).toList();
    }

    private static JsonNode awaitEvent(ChildProcess p, java.util.function.Predicate<JsonNode> event) {
        return InProcessCli.parse(p.awaitStdout(line -> event.test(InProcessCli.parse(line)), WAIT));
    }

    private static void assertNoStackTrace(ChildProcess p) {
        assertThat(p.stderr()).as(p::describe)
                .noneMatch(l -> l.contains("Exception") || l.startsWith("\tat ") || l.contains("|-ERROR"));
    }

    @Test
    void anUnreachableBrokerExitsOneWithOneSentenceAndNoStackTrace() throws Exception {
        String nobody = "mqtt://127.0.0.1:" + TestBroker.freePort();
        try (ChildProcess device = Launched.launcher("device", "--broker", nobody, "--id", id)) {
            assertThat(device.awaitExit(WAIT)).isEqualTo(1);
            assertThat(device.stdout()).as(device::describe).isEmpty();
            assertThat(device.stderr()).as(device::describe).singleElement().asString()
                    .startsWith("Nothing is listening at " + nobody + ": the connection was refused.");
        }
    }

    @Test
    void aWrongOptionExitsTwo() throws Exception {
        try (ChildProcess server = Launched.launcher("server", "--id", id, "--qos", "7")) {
            assertThat(server.awaitExit(WAIT)).isEqualTo(2);
            assertThat(server.stderr()).as(server::describe).singleElement().asString()
                    .contains("'7' is not a QoS level");
        }
    }

    @Test
    void versionGoesThroughTheLauncher() throws Exception {
        try (ChildProcess version = Launched.launcher("--version")) {
            assertThat(version.awaitExit(WAIT)).isZero();
            assertThat(version.stdout()).singleElement().asString().startsWith("Nightlight Lab ");
        }
    }

    @Test
    void deviceAndServerProcessesTurnTheLedOnThenOffAndStopCleanlyOnSigterm() throws Exception {
        String broker = TestBroker.address().url();
        try (ChildProcess server = Launched.launcher("server", "--broker", broker, "--id", id, "--json")) {
            awaitEvent(server, e -> isEvent(e, "subscribed"));
            try (ChildProcess device = Launched.launcher("device", "--broker", broker, "--id", id,
                    "--lights", "100,500", "--interval", "500ms", "--json")) {
                awaitEvent(device, e -> isEvent(e, "led") && !e.get("on").asBoolean());
                assertThat(events(device)).filteredOn(e -> isEvent(e, "led")).extracting(e -> e.get("on").asBoolean())
                        .startsWith(true, false);

                device.terminate();
                assertThat(device.awaitExit(WAIT)).isEqualTo(SIGTERM_EXIT);
                // The shutdown hook disconnected cleanly before the JVM ended.
                assertThat(events(device)).as(device::describe).last().satisfies(e -> {
                    assertThat(e.get("event").asText()).isEqualTo("disconnected");
                    assertThat(e.get("reason").asText()).isEqualTo("stopped");
                });
                assertThat(device.stderr()).as(device::describe).isEmpty();
            }
            assertThat(events(server)).anyMatch(e -> isEvent(e, "command") && e.get("led_on").asBoolean())
                    .anyMatch(e -> isEvent(e, "command") && !e.get("led_on").asBoolean());
            server.terminate();
            assertThat(server.awaitExit(WAIT)).isEqualTo(SIGTERM_EXIT);
            assertThat(events(server)).as(server::describe).last().satisfies(e -> assertThat(e.get("event").asText()).isEqualTo("disconnected"));
            assertThat(server.stderr()).as(server::describe).isEmpty();
        }
    }

    @Test
    void ctrlCStopsCleanlyWith130() throws Exception {
        Assumptions.assumeTrue(sigintReachesChildren(),
                "SIGINT is ignored in this JVM (a background job), so a child would ignore it too");
        try (ChildProcess server = Launched.launcher("server", "--broker", TestBroker.address().url(), "--id", id)) {
            server.awaitStdout(l -> l.startsWith("Listening for telemetry"), WAIT);
            server.signal("INT");
            assertThat(server.awaitExit(WAIT)).isEqualTo(SIGINT_EXIT);
            assertThat(server.stdout()).last().isEqualTo("Disconnected.");
            assertNoStackTrace(server);
        }
    }

    @Test
    void theBrokerSaysWhereItListensAndThatItFellBackFrom1883() throws Exception {
        try (ServerSocket holder = hold1883IfFree();
             ChildProcess broker = Launched.launcher("broker", "--json");
             Clients clients = new Clients()) {
            JsonNode listening = awaitEvent(broker, e -> isEvent(e, "listening"));
            int port = listening.get("port").asInt();
            assertThat(port).isNotEqualTo(BrokerSettings.MQTT_PORT);
            assertThat(listening.get("fell_back").asBoolean()).isTrue();
            assertThat(listening.get("url").asText()).isEqualTo("mqtt://127.0.0.1:" + port);

            // It is a real broker: a client connects to the URL it printed.
            clients.connect(BrokerAddress.parse(listening.get("url").asText()), Clients.uniqueId("probe"));

            broker.terminate();
            assertThat(broker.awaitExit(WAIT)).isEqualTo(SIGTERM_EXIT);
            assertThat(events(broker)).as(broker::describe).last().satisfies(e -> assertThat(e.get("event").asText()).isEqualTo("stopped"));
            assertNoStackTrace(broker);
        }
    }

    @Test
    void theHumanBrokerLineSaysWhy1883WasNotUsed() throws Exception {
        try (ServerSocket holder = hold1883IfFree();
             ChildProcess broker = Launched.launcher("broker")) {
            String line = broker.awaitStdout(l -> l.startsWith("Nightlight Lab broker listening on"), WAIT);
            assertThat(line).matches("Nightlight Lab broker listening on mqtt://127\\.0\\.0\\.1:(\\d+) "
                    + "\\(1883 was taken, so port \\1 was chosen; press Ctrl-C to stop it\\)");
        }
    }

    @Test
    void aPortInUseIsOneSentenceAndExitOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             ChildProcess broker = Launched.launcher("broker", "--port", Integer.toString(taken.getLocalPort()))) {
            assertThat(broker.awaitExit(WAIT)).isEqualTo(1);
            assertThat(broker.stdout()).as(broker::describe).isEmpty();
            assertThat(broker.stderr()).as(broker::describe).singleElement().asString()
                    .startsWith("Port " + taken.getLocalPort() + " on 127.0.0.1 is already in use by another program");
        }
    }

    /**
     * Holds 127.0.0.1:1883 so the broker must fall back. If something else already has it
     * (Mosquitto in CI), the fallback happens anyway and null is returned.
     */
    private static ServerSocket hold1883IfFree() {
        ServerSocket socket = null;
        try {
            socket = new ServerSocket();
            socket.bind(new InetSocketAddress(InetAddress.getByName(BrokerSettings.LOOPBACK), BrokerSettings.MQTT_PORT));
            return socket;
        } catch (IOException e) {
            try {
                socket.close();
            } catch (IOException | NullPointerException ignored) {
                // nothing bound
            }
            return null;
        }
    }

    /** Linux: whether this JVM ignores SIGINT (bit 2 of SigIgn), which its children inherit. */
    private static boolean sigintReachesChildren() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                long ignored = Long.parseUnsignedLong(line.substring("SigIgn:".length()).trim(), 16);
                return (ignored & (1L << (2 - 1))) == 0;
            }
        }
        return false;
    }
}
