package lab.nightlight.ui;

import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.Qos;
import lab.nightlight.server.NightlightServer;
import lab.nightlight.support.Clients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Issue 9's ingest figure, a benchmark and not a test (it only runs when asked):
 * {@code mvn -o test -Dtest=IngestBenchmark -Dnightlight.bench=true [-Dnightlight.bench.rate=20000]
 * [-Dnightlight.bench.seconds=60] [-Dnightlight.bench.publisher=inline] [-Dnightlight.bench.broker=URL] "-Dtest.argLine=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms32m"} (the
 * installed app's JVM options, see {@link BenchJvm}). The telemetry comes from another JVM
 * ({@link IngestPublisher}) unless {@code inline} is asked. A client publishes telemetry at a fixed rate into the real
 * window's server pane (headless Monocle); it records the longest gap between two FX pulses,
 * the most heap in use, and whether every message was counted. Results go to stdout and
 * target/bench/ingest.json.
 */
@EnabledIfSystemProperty(named = "nightlight.bench", matches = "true")
class IngestBenchmark {

    /** {@code -Dnightlight.bench.publisher=inline} floods from the window's own JVM, as before 11-29. */
    private static final boolean INLINE = "inline".equals(System.getProperty("nightlight.bench.publisher"));

    @Test
    void ingest() throws Exception {
        int rate = Integer.getInteger("nightlight.bench.rate", 20_000);
        int seconds = Integer.getInteger("nightlight.bench.seconds", 60);
        String external = System.getProperty("nightlight.bench.broker");
        try (RunningWindow window = (external == null ? RunningWindow.open(WindowOptions.DEFAULTS)
                : RunningWindow.openExternal(WindowOptions.DEFAULTS, BrokerAddress.parse(external))).awaitConnected();
             Clients clients = new Clients();
             // Prints the FX thread's stack whenever a pulse is 100 ms overdue, so a long gap comes with its cause.
             PulseGaps watch = PulseGaps.start()) {
            watch.begin("ingest");
            NightlightServer server = window.app().pair().server();
            // Only the benchmark's messages: the device's own schedule would add to the count.
            window.app().pair().device().setInterval(Duration.ZERO);
            // QoS 1 end to end, so that the broker may drop nothing and the count can be exact.
            server.setSubscriptionQos(Qos.AT_LEAST_ONCE).join();
            String topic = server.topics().telemetry();
            long before = server.counters().received();

            AtomicLong lastPulse = new AtomicLong();
            AtomicLong longestGap = new AtomicLong();
            AtomicLong longestGapAt = new AtomicLong();
            AtomicLong gapsOver100 = new AtomicLong();
            // The same from the first message counted on: the publisher's JVM starting is not the flood.
            AtomicLong longestFloodGap = new AtomicLong();
            AtomicLong floodGapsOver100 = new AtomicLong();
            // When each gap over 100 ms ended (s into the run) and how long it was (ms).
            Queue<String> gapsAt = new ConcurrentLinkedQueue<>();
            long benchStart = System.nanoTime();
            AnimationTimer pulses = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    long last = lastPulse.getAndSet(now);
                    if (last != 0) {
                        long gap = now - last;
                        if (gap > 100_000_000L) {
                            gapsOver100.incrementAndGet();
                            gapsAt.add(String.format(Locale.ROOT, "[%.1f,%.0f]", (System.nanoTime() - benchStart) / 1e9, gap / 1e6));
                        }
                        if (gap > longestGap.get()) {
                            longestGap.set(gap);
                            longestGapAt.set(System.nanoTime() - benchStart); // where in the run: warm-up or flood
                        }
                        if (server.counters().received() > before) {
                            floodGapsOver100.addAndGet(gap > 100_000_000L ? 1 : 0);
                            longestFloodGap.accumulateAndGet(gap, Math::max);
                        }
                    }
                }
            };
            Platform.runLater(pulses::start);
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            AtomicLong peakHeap = new AtomicLong();

            // The heap in use, every millisecond while the flood runs (the window's JVM's only).
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
            sampler.scheduleAtFixedRate(() -> peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
                    0, 1, TimeUnit.MILLISECONDS);
            long start = System.nanoTime();
            IngestPublisher.Result flood = INLINE
                    ? IngestPublisher.flood(clients.connect(window.app().brokerAddress(), Clients.uniqueId("ingest")),
                            topic, rate, seconds)
                    : floodFromAnotherJvm(window.app().brokerAddress(), topic, rate, seconds);
            long sent = flood.sent();
            double publishSeconds = flood.publishSeconds();
            long expected = sent;
            // The sampler keeps watching the heap while the backlog drains.
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                    .until(() -> server.counters().received() - before >= expected);
            double drainedSeconds = (System.nanoTime() - start) / 1e9;
            sampler.shutdownNow();
            Platform.runLater(pulses::stop);
            long counted = server.counters().received() - before;
            String json = String.format(Locale.ROOT,
                    "{\"event\":\"ingest\",\"rate\":%d,\"seconds\":%d,\"sent\":%d,\"counted\":%d,\"publish_s\":%.1f,"
                            + "\"drained_s\":%.1f,\"longest_pulse_gap_ms\":%.1f,\"longest_gap_at_s\":%.1f,"
                            + "\"pulse_gaps_over_100ms\":%d,\"flood_longest_pulse_gap_ms\":%.1f,\"flood_pulse_gaps_over_100ms\":%d,"
                            + "\"gaps_over_100ms\":[%s],\"peak_heap_mb\":%.0f,\"publisher\":\"%s\",\"broker\":\"%s\",%s}",
                    rate, seconds, sent, counted, publishSeconds, drainedSeconds, longestGap.get() / 1e6,
                    longestGapAt.get() / 1e9, gapsOver100.get(), longestFloodGap.get() / 1e6, floodGapsOver100.get(),
                    String.join(",", gapsAt), peakHeap.get() / 1e6, INLINE ? "inline" : "process",
                    external == null ? "embedded" : external, BenchJvm.json());
            System.out.println(json);
            Path out = Path.of("target/bench/ingest.json");
            Files.createDirectories(out.getParent());
            Files.writeString(out, json + "\n", StandardCharsets.UTF_8);
        }
    }

    /** The flood from a JVM of its own on this test's class path, so its queue and collections are not the window's. */
    private static IngestPublisher.Result floodFromAnotherJvm(BrokerAddress broker, String topic, int rate, int seconds)
            throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                IngestPublisher.class.getName(), broker.host(), String.valueOf(broker.port()), topic,
                String.valueOf(rate), String.valueOf(seconds)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0 || line.isEmpty()) {
            throw new IllegalStateException("the publisher's JVM failed: " + line);
        }
        String[] parts = line.split(" ");
        return new IngestPublisher.Result(Long.parseLong(parts[0]), Double.parseDouble(parts[1]));
    }
}
