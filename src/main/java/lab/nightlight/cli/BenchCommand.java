package lab.nightlight.cli;

import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import lab.nightlight.bench.LatencyStats;
import lab.nightlight.bench.LoopBenchmark;
import lab.nightlight.bench.StadiumBenchmark;
import lab.nightlight.broker.BrokerInfo;
import lab.nightlight.broker.BrokerSettings;
import lab.nightlight.broker.EmbeddedBroker;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.MqttVersion;
import lab.nightlight.mqtt.Qos;
import lab.nightlight.server.policy.Policy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: measured speed, printed as figures (docs/BENCHMARKS.md records them with the
 * command that made them). Without {@code --broker} each runs the embedded broker in this process.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = "Measures the nightlight loop and the stadium. Figures, not a test: run on a quiet machine.")
final class BenchCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The bench command with its benchmarks, printing to {@code terminal}. */
    static picocli.CommandLine commandLine(Terminal terminal) {
        picocli.CommandLine bench = new picocli.CommandLine(new BenchCommand());
        bench.addSubcommand(new Loop(terminal));
        bench.addSubcommand(new Stadium(terminal));
        bench.addSubcommand(new Lesson(terminal));
        bench.addSubcommand(new WindowStart(terminal));
        return bench;
    }

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Name a benchmark: loop or stadium.");
    }

    /** Options every benchmark shares. */
    static class Common {
        final Terminal terminal;

        Common(Terminal terminal) {
            this.terminal = terminal;
        }

        @Option(names = "--broker", paramLabel = "URL", converter = OptionConverters.BrokerUrl.class,
                description = "Measure through this broker (e.g. Mosquitto) instead of the embedded one.")
        BrokerAddress broker;

        @Option(names = "--json", description = "One JSON object per result line.")
        boolean json;

        /** Runs {@code body} against the given broker, or an embedded one started (and stopped) for it. */
        <T> T withBroker(BrokerBody<T> body) throws Exception {
            if (broker != null) {
                return body.run(broker);
            }
            EmbeddedBroker embedded = new EmbeddedBroker(BrokerSettings.defaults(Files.createTempDirectory("nl-bench"))
                    .withPort(0));
            try {
                BrokerInfo info = embedded.start().get(60, TimeUnit.SECONDS);
                return body.run(BrokerAddress.parse(info.url()));
            } finally {
                embedded.stop();
            }
        }

        String brokerName() {
            return broker == null ? "the embedded broker (in this process)" : broker.url();
        }
    }

    interface BrokerBody<T> {
        T run(BrokerAddress broker) throws Exception;
    }

    @Command(name = "loop", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
            description = "Times the nightlight loop: telemetry out, decision, command back, LED switched; "
                    + "one loop at a time, every hop at the chosen QoS.")
    static final class Loop extends Common implements Callable<Integer> {
        @Option(names = "--qos", paramLabel = "0|1|2", defaultValue = "1", converter = OptionConverters.QosLevel.class,
                description = "QoS on every hop. Default: ${DEFAULT-VALUE}.")
        Qos qos;

        @Option(names = "--count", paramLabel = "N", defaultValue = "2000", description = "Timed loops. Default: ${DEFAULT-VALUE}.")
        int count;

        @Option(names = "--warmup", paramLabel = "N", defaultValue = "5000", description = "Untimed loops first, so the JIT has compiled the path being timed. Default: ${DEFAULT-VALUE}.")
        int warmup;

        @Option(names = "--mqtt", paramLabel = "3|5", defaultValue = "5", converter = OptionConverters.Version.class,
                description = "MQTT version. Default: ${DEFAULT-VALUE}.")
        MqttVersion version;

        Loop(Terminal terminal) {
            super(terminal);
        }

        @Override
        public Integer call() throws Exception {
            if (count < 1 || warmup < 0) {
                throw new IllegalArgumentException("--count must be at least 1 and --warmup at least 0.");
            }
            LatencyStats s = withBroker(b -> LoopBenchmark.run(b, version, qos, count, warmup));
            Output out = new Output(json, terminal);
            out.event(String.format(java.util.Locale.ROOT,
                            "QoS %d loop x%d through %s: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms",
                            qos.level(), s.count(), brokerName(), s.p50(), s.p90(), s.p99(), s.max()),
                    "loop", "qos", qos.level(), "count", s.count(), "p50_ms", round(s.p50()), "p90_ms", round(s.p90()),
                    "p99_ms", round(s.p99()), "max_ms", round(s.max()), "broker", broker == null ? "embedded" : broker.url());
            return Cli.OK;
        }
    }

    @Command(name = "stadium", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
            description = "Many sensors, each sending once a second through one broker to one stadium server; "
                    + "times each decision from the deciding telemetry leaving its device.")
    static final class Stadium extends Common implements Callable<Integer> {
        @Option(names = "--devices", paramLabel = "N", defaultValue = "1000", description = "Sensors. Default: ${DEFAULT-VALUE}.")
        int devices;

        @Option(names = "--seconds", paramLabel = "S", defaultValue = "60", description = "Measured seconds. Default: ${DEFAULT-VALUE}.")
        int seconds;

        @Option(names = "--policy", paramLabel = "P", defaultValue = "median",
                description = "any, all, average, median or quorum:K. Default: ${DEFAULT-VALUE}.")
        String policy;

        Stadium(Terminal terminal) {
            super(terminal);
        }

        @Override
        public Integer call() throws Exception {
            Policy p = Policy.parse(policy);
            StadiumBenchmark.Result r = withBroker(b -> StadiumBenchmark.run(b, devices, Duration.ofSeconds(1),
                    Duration.ofSeconds(seconds), p));
            LatencyStats s = r.latency();
            Output out = new Output(json, terminal);
            out.event(String.format(java.util.Locale.ROOT,
                            "Stadium, %d sensors at 1 Hz, %s, %d decisions in %.0f s: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms",
                            r.devices(), p, r.decisions(), r.seconds(), s.p50(), s.p90(), s.p99(), s.max()),
                    "stadium", "devices", r.devices(), "policy", p.toString(), "decisions", r.decisions(),
                    "telemetry", r.telemetry(), "seconds", round(r.seconds()), "p50_ms", round(s.p50()),
                    "p90_ms", round(s.p90()), "p99_ms", round(s.p99()), "max_ms", round(s.max()));
            return Cli.OK;
        }
    }

    @Command(name = "lesson", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
            description = "Times the same loop on the lesson's own stack: two paho-mqtt clients in Python, as the "
                    + "lesson's device and server scripts, through --broker (Mosquitto, say). Needs python3 with paho-mqtt.")
    static final class Lesson implements Callable<Integer> {
        private final Terminal terminal;

        @Option(names = "--broker", paramLabel = "URL", required = true, converter = OptionConverters.BrokerUrl.class,
                description = "The broker, e.g. mqtt://127.0.0.1:1883 (a Mosquitto).")
        BrokerAddress broker;

        @Option(names = "--qos", paramLabel = "0|1|2", defaultValue = "1", converter = OptionConverters.QosLevel.class,
                description = "QoS on every hop. Default: ${DEFAULT-VALUE}.")
        Qos qos;

        @Option(names = "--count", paramLabel = "N", defaultValue = "2000", description = "Timed loops. Default: ${DEFAULT-VALUE}.")
        int count;

        @Option(names = "--python", paramLabel = "PATH", defaultValue = "/usr/bin/python3",
                description = "The Python with paho-mqtt. Default: ${DEFAULT-VALUE}.")
        String python;

        @Option(names = "--json", description = "Print the JSON line as it is.")
        boolean json;

        Lesson(Terminal terminal) {
            this.terminal = terminal;
        }

        @Override
        public Integer call() throws Exception {
            java.nio.file.Path script = Files.createTempFile("nightlight-lesson-loop", ".py");
            try (var in = BenchCommand.class.getResourceAsStream("/lab/nightlight/bench/lesson_loop.py")) {
                Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            Process p = new ProcessBuilder(python, script.toString(), broker.host(), String.valueOf(broker.port()),
                    String.valueOf(qos.level()), String.valueOf(count), String.valueOf(Math.min(200, count / 4)))
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            Files.deleteIfExists(script);
            Output output = new Output(json, terminal);
            if (p.waitFor() != 0 || !out.startsWith("{")) {
                output.failure("The lesson's stack could not run with " + python + " (is paho-mqtt installed?): "
                        + out.lines().reduce((a, b) -> b).orElse("no output"));
                return Cli.FAILED;
            }
            com.fasterxml.jackson.databind.JsonNode line = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out);
            output.event(String.format(java.util.Locale.ROOT,
                            "QoS %d loop x%d on the lesson's stack (%s) through %s: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms",
                            qos.level(), line.get("count").asInt(), line.get("stack").asText(), broker.url(),
                            line.get("p50_ms").asDouble(), line.get("p90_ms").asDouble(), line.get("p99_ms").asDouble(),
                            line.get("max_ms").asDouble()),
                    "loop", "stack", line.get("stack").asText(), "qos", qos.level(), "count", line.get("count").asInt(),
                    "p50_ms", line.get("p50_ms").asDouble(), "p90_ms", line.get("p90_ms").asDouble(),
                    "p99_ms", line.get("p99_ms").asDouble(), "max_ms", line.get("max_ms").asDouble(),
                    "broker", broker.url());
            return Cli.OK;
        }
    }

    @Command(name = "window", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
            description = "Starts the window RUNS times (run it under a display, e.g. xvfb-run): time from process "
                    + "start to both panes connected and the LED answering (the --snapshot PNG written), time from "
                    + "then to the process gone, and the resident memory just before it closes.")
    static final class WindowStart implements Callable<Integer> {
        private final Terminal terminal;

        @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "Runs; the median is printed. Default: ${DEFAULT-VALUE}.")
        int runs;

        @Option(names = "--json", description = "One JSON line.")
        boolean json;

        WindowStart(Terminal terminal) {
            this.terminal = terminal;
        }

        @Override
        public Integer call() throws Exception {
            long[] connected = new long[runs];
            long[] exit = new long[runs];
            long[] rss = new long[runs];
            for (int i = 0; i < runs; i++) {
                long[] r = WindowRun.once();
                connected[i] = r[0];
                exit[i] = r[1];
                rss[i] = r[2];
            }
            java.util.Arrays.sort(connected);
            java.util.Arrays.sort(exit);
            java.util.Arrays.sort(rss);
            int m = runs / 2;
            new Output(json, terminal).event(String.format(java.util.Locale.ROOT,
                            "Window, median of %d: both panes connected %d ms after process start, gone %d ms after "
                                    + "closing, %d MB resident", runs, connected[m], exit[m], rss[m] / 1024),
                    "window", "runs", runs, "connected_ms", connected[m], "exit_ms", exit[m], "rss_mb", rss[m] / 1024);
            return Cli.OK;
        }
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
