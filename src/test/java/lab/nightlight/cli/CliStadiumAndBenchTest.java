package lab.nightlight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import lab.nightlight.lesson.DeviceIds;
import lab.nightlight.support.TestBroker;
import org.junit.jupiter.api.Test;

/** The stadium and benchmark commands through the real embedded broker, in this JVM. */
class CliStadiumAndBenchTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private final String broker = TestBroker.address().url();

    private static boolean isEvent(JsonNode e, String name) {
        return e.path("event").asText().equals(name);
    }

    @Test
    void aFleetAtNightfallSwitchesTheStadiumLightsByQuorum() throws Exception {
        String id = DeviceIds.random();
        try (InProcessCli server = InProcessCli.start("server", "--broker", broker, "--id", id, "--policy", "quorum:3",
                "--json")) {
            server.awaitEvent(e -> isEvent(e, "subscribed"), WAIT);
            try (InProcessCli fleet = InProcessCli.start("device", "--broker", broker, "--id", id, "--count", "4",
                    "--light", "900", "--pattern", "nightfall:200", "--interval", "300ms", "--json")) {
                server.awaitEvent(e -> isEvent(e, "decision") && e.get("led_on").asBoolean(), WAIT);
                fleet.awaitEvent(e -> isEvent(e, "led") && e.get("on").asBoolean(), WAIT);
                JsonNode started = fleet.events().stream().filter(e -> isEvent(e, "fleet")).findFirst().orElseThrow();
                assertThat(started.get("count").asInt()).isEqualTo(4);
                Set<String> devices = new HashSet<>();
                fleet.events().stream().filter(e -> isEvent(e, "led")).forEach(e -> devices.add(e.get("device").asText()));
                assertThat(devices).allMatch(d -> d.startsWith(started.get("token").asText() + "-"));
                JsonNode on = server.events().stream().filter(e -> isEvent(e, "decision") && e.get("led_on").asBoolean())
                        .findFirst().orElseThrow();
                assertThat(on.get("reason").asText()).contains("needed: lights on.");
                assertThat(on.get("dark").asInt()).isGreaterThanOrEqualTo(3);
            }
        }
    }

    @Test
    void benchLoopPrintsTheContractsJsonLine() throws Exception {
        try (InProcessCli bench = InProcessCli.start("bench", "loop", "--broker", broker, "--qos", "1", "--count", "50",
                "--warmup", "5", "--json")) {
            JsonNode line = bench.awaitEvent(e -> isEvent(e, "loop"), WAIT);
            assertThat(line.get("qos").asInt()).isEqualTo(1);
            assertThat(line.get("count").asInt()).isEqualTo(50);
            double p50 = line.get("p50_ms").asDouble();
            double p90 = line.get("p90_ms").asDouble();
            double p99 = line.get("p99_ms").asDouble();
            assertThat(p50).isPositive();
            assertThat(p50).isLessThanOrEqualTo(p90);
            assertThat(p90).isLessThanOrEqualTo(p99);
            assertThat(p99).isLessThanOrEqualTo(line.get("max_ms").asDouble());
        }
    }

    @Test
    void benchBrokerTimesTheEmbeddedBrokersStartAndStopsIt() throws Exception {
        try (InProcessCli bench = InProcessCli.start("bench", "broker", "--json")) {
            JsonNode line = bench.awaitEvent(e -> isEvent(e, "broker"), Duration.ofSeconds(90));
            assertThat(line.get("start_ms").asLong()).isPositive();
            assertThat(bench.awaitExit(Duration.ofSeconds(90))).isZero();
        }
    }
}
