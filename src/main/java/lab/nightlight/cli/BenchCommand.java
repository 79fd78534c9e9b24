package lab.nightlight.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
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
 * The help is in the commands' part of the bundle under {@code nightlight-lab.bench.*}; figures
 * are written with a decimal point in every language, as the benchmarks document writes them.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
final class BenchCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final CliTexts texts;

    private BenchCommand(CliTexts texts) {
        this.texts = texts;
    }

    /** The bench command with its benchmarks, printing to {@code terminal}. */
    static picocli.CommandLine commandLine(Terminal terminal, CliTexts texts) {
        picocli.CommandLine bench = new picocli.CommandLine(new BenchCommand(texts));
        bench.addSubcommand(new Loop(terminal, texts));
        bench.addSubcommand(new Stadium(terminal, texts));
        bench.addSubcommand(new Lesson(terminal, texts));
        bench.addSubcommand(new WindowStart(terminal, texts));
        bench.addSubcommand(new BrokerStart(terminal, texts));
        return bench;
    }

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), texts.get("cli.bench.nameOne"));
    }

    /** Options every benchmark shares. */
    static class Common {
        final Terminal terminal;
        final CliTexts texts;

        Common(Terminal terminal, CliTexts texts) {
            this.terminal = terminal;
            this.texts = texts;
        }

        @Option(names = "--broker", paramLabel = "URL", converter = OptionConverters.BrokerUrl.class,
                descriptionKey = "option.bench.broker")
        BrokerAddress broker;

        @Option(names = "--json", descriptionKey = "option.bench.json")
        boolean json;

        /** Runs {@code body} against the given broker, or an embedded one started (and stopped) for it. */
        <T> T withBroker(BrokerBody<T> body) throws Exception {
            return broker != null ? body.run(broker) : withEmbeddedBroker(body);
        }

        String brokerName() {
            return broker == null ? texts.get("cli.bench.embedded") : broker.url();
        }
    }

    /**
     * Runs {@code body} against an embedded broker on a free port, started for it in a folder of
     * its own. Then waits for the stop: it removes the broker's folder, and this process may end
     * as soon as the benchmark returns (the stop's threads are daemons), which left a folder in
     * the temp directory per run.
     */
    static <T> T withEmbeddedBroker(BrokerBody<T> body) throws Exception {
        Path root = Files.createTempDirectory("nl-bench");
        EmbeddedBroker embedded = new EmbeddedBroker(BrokerSettings.defaults(root).withPort(0));
        try {
            BrokerInfo info = embedded.start().get(60, TimeUnit.SECONDS);
            return body.run(BrokerAddress.parse(info.url()));
        } finally {
            embedded.stop().get(60, TimeUnit.SECONDS);
            Files.deleteIfExists(root);
        }
    }

    interface BrokerBody<T> {
        T run(BrokerAddress broker) throws Exception;
    }

    @Command(name = "loop", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
    static final class Loop extends Common implements Callable<Integer> {
        @Option(names = "--qos", paramLabel = "0|1|2", defaultValue = "1", converter = OptionConverters.QosLevel.class)
        Qos qos;

        @Option(names = "--count", paramLabel = "N", defaultValue = "2000", converter = OptionConverters.WholeNumber.class)
        int count;

        @Option(names = "--warmup", paramLabel = "N", defaultValue = "5000", converter = OptionConverters.WholeNumber.class)
        int warmup;

        @Option(names = "--mqtt", paramLabel = "3|5", defaultValue = "5", converter = OptionConverters.Version.class)
        MqttVersion version;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        Loop(Terminal terminal, CliTexts texts) {
            super(terminal, texts);
        }

        @Override
        public Integer call() throws Exception {
            if (count < 1 || warmup < 0) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), texts.get("cli.bench.countAndWarmup"));
            }
            LatencyStats s = withBroker(b -> LoopBenchmark.run(b, version, qos, count, warmup));
            Output out = new Output(json, terminal, texts);
            out.event(texts.format("cli.bench.loop", String.valueOf(qos.level()), String.valueOf(s.count()), brokerName(),
                            ms3(s.p50()), ms3(s.p90()), ms3(s.p99()), ms3(s.max())),
                    "loop", "qos", qos.level(), "count", s.count(), "p50_ms", round(s.p50()), "p90_ms", round(s.p90()),
                    "p99_ms", round(s.p99()), "max_ms", round(s.max()), "broker", broker == null ? "embedded" : broker.url());
            return Cli.OK;
        }
    }

    @Command(name = "stadium", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
    static final class Stadium extends Common implements Callable<Integer> {
        @Option(names = "--devices", paramLabel = "N", defaultValue = "1000", converter = OptionConverters.WholeNumber.class)
        int devices;

        @Option(names = "--seconds", paramLabel = "S", defaultValue = "60", converter = OptionConverters.WholeNumber.class)
        int seconds;

        @Option(names = "--policy", paramLabel = "P", defaultValue = "median", converter = OptionConverters.PolicyName.class)
        Policy policy;

        Stadium(Terminal terminal, CliTexts texts) {
            super(terminal, texts);
        }

        @Override
        public Integer call() throws Exception {
            Policy p = policy;
            StadiumBenchmark.Result r = withBroker(b -> StadiumBenchmark.run(b, devices, Duration.ofSeconds(1),
                    Duration.ofSeconds(seconds), p));
            LatencyStats s = r.latency();
            Output out = new Output(json, terminal, texts);
            out.event(texts.format("cli.bench.stadium", String.valueOf(r.devices()), p.toString(),
                            String.valueOf(r.decisions()), String.format(Locale.ROOT, "%.0f", r.seconds()),
                            ms2(s.p50()), ms2(s.p90()), ms2(s.p99()), ms2(s.max())),
                    "stadium", "devices", r.devices(), "policy", p.toString(), "decisions", r.decisions(),
                    "telemetry", r.telemetry(), "seconds", round(r.seconds()), "p50_ms", round(s.p50()),
                    "p90_ms", round(s.p90()), "p99_ms", round(s.p99()), "max_ms", round(s.max()));
            return Cli.OK;
        }
    }

    @Command(name = "lesson", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
    static final class Lesson implements Callable<Integer> {
        private final Terminal terminal;
        private final CliTexts texts;

        @Option(names = "--broker", paramLabel = "URL", required = true, converter = OptionConverters.BrokerUrl.class)
        BrokerAddress broker;

        @Option(names = "--qos", paramLabel = "0|1|2", defaultValue = "1", converter = OptionConverters.QosLevel.class)
        Qos qos;

        @Option(names = "--count", paramLabel = "N", defaultValue = "2000", converter = OptionConverters.WholeNumber.class)
        int count;

        @Option(names = "--python", paramLabel = "PATH", defaultValue = "/usr/bin/python3")
        String python;

        @Option(names = "--json")
        boolean json;

        Lesson(Terminal terminal, CliTexts texts) {
            this.terminal = terminal;
            this.texts = texts;
        }

        @Override
        public Integer call() throws Exception {
            Path script = Files.createTempFile("nightlight-lesson-loop", ".py");
            try (var in = BenchCommand.class.getResourceAsStream("/lab/nightlight/bench/lesson_loop.py")) {
                Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            Process p = new ProcessBuilder(python, script.toString(), broker.host(), String.valueOf(broker.port()),
                    String.valueOf(qos.level()), String.valueOf(count), String.valueOf(Math.min(200, count / 4)))
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            Files.deleteIfExists(script);
            Output output = new Output(json, terminal, texts);
            if (p.waitFor() != 0 || !out.startsWith("{")) {
                // Python's last line (a traceback's, say) is quoted as it came.
                String last = out.lines().reduce((a, b) -> b).orElse(null);
                output.failure(t -> t.format("cli.bench.lessonFailed", python,
                        last == null ? t.get("cli.bench.noOutput") : last));
                return Cli.FAILED;
            }
            com.fasterxml.jackson.databind.JsonNode line = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out);
            output.event(texts.format("cli.bench.lesson", String.valueOf(qos.level()), line.get("count").asText(),
                            line.get("stack").asText(), broker.url(), ms3(line.get("p50_ms").asDouble()),
                            ms3(line.get("p90_ms").asDouble()), ms3(line.get("p99_ms").asDouble()),
                            ms3(line.get("max_ms").asDouble())),
                    "loop", "stack", line.get("stack").asText(), "qos", qos.level(), "count", line.get("count").asInt(),
                    "p50_ms", line.get("p50_ms").asDouble(), "p90_ms", line.get("p90_ms").asDouble(),
                    "p99_ms", line.get("p99_ms").asDouble(), "max_ms", line.get("max_ms").asDouble(),
                    "broker", broker.url());
            return Cli.OK;
        }
    }

    /**
     * The embedded broker's start alone, in this process: from asking to clients being able to
     * connect. A window is connected only after it, so it is most of the time from the window
     * shown to both panes connected. The figure is a fresh JVM's when this is all it runs (as
     * the installed launcher does, with its start-up archive); take the median of a few runs.
     */
    @Command(name = "broker", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
    static final class BrokerStart implements Callable<Integer> {
        private final Terminal terminal;
        private final CliTexts texts;

        @Option(names = "--json", descriptionKey = "option.bench.json")
        boolean json;

        BrokerStart(Terminal terminal, CliTexts texts) {
            this.terminal = terminal;
            this.texts = texts;
        }

        @Override
        public Integer call() throws Exception {
            long asked = System.nanoTime();
            long ms = withEmbeddedBroker(started -> (System.nanoTime() - asked) / 1_000_000);
            new Output(json, terminal, texts).event(texts.format("cli.bench.broker", String.valueOf(ms)),
                    "broker", "start_ms", ms);
            return Cli.OK;
        }
    }

    @Command(name = "window", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
    static final class WindowStart implements Callable<Integer> {
        private final Terminal terminal;
        private final CliTexts texts;

        @Option(names = "--runs", paramLabel = "N", defaultValue = "5", converter = OptionConverters.WholeNumber.class)
        int runs;

        @Option(names = "--json")
        boolean json;

        WindowStart(Terminal terminal, CliTexts texts) {
            this.terminal = terminal;
            this.texts = texts;
        }

        @Override
        public Integer call() throws Exception {
            long[] shown = new long[runs];
            long[] firstFrame = new long[runs];
            long[] connected = new long[runs];
            long[] answered = new long[runs];
            long[] exit = new long[runs];
            long[] rss = new long[runs];
            Output output = new Output(json, terminal, texts);
            for (int i = 0; i < runs; i++) {
                WindowRun.Result r;
                try {
                    r = WindowRun.once();
                } catch (WindowRun.NoFrame e) {
                    output.failure(t -> t.format("cli.bench.window.noFrame", String.valueOf(e.exitCode())));
                    return Cli.FAILED;
                }
                shown[i] = r.shownMs();
                firstFrame[i] = r.firstFrameMs();
                connected[i] = r.connectedMs();
                answered[i] = r.answeredMs();
                exit[i] = r.exitMs();
                rss[i] = r.residentKb();
            }
            for (long[] figures : new long[][] {shown, firstFrame, connected, answered, exit, rss}) {
                java.util.Arrays.sort(figures);
            }
            int m = runs / 2;
            output.event(texts.format("cli.bench.window", String.valueOf(runs), String.valueOf(shown[m]),
                            String.valueOf(firstFrame[m]), String.valueOf(connected[m]), String.valueOf(answered[m]),
                            String.valueOf(exit[m]), String.valueOf(rss[m] / 1024)),
                    "window", "runs", runs, "shown_ms", shown[m], "first_frame_ms", firstFrame[m],
                    "connected_ms", connected[m], "answered_ms", answered[m], "exit_ms", exit[m], "rss_mb", rss[m] / 1024);
            return Cli.OK;
        }
    }

    /** 1.234: milliseconds as the benchmarks document writes them, whatever the language. */
    static String ms3(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    static String ms2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
