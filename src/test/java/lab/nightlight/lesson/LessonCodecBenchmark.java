package lab.nightlight.lesson;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What decoding costs, a benchmark and not a test (it only runs when asked):
 * {@code mvn -o test -Dtest=LessonCodecBenchmark -Dnightlight.bench=true}. Decodes 1,000,000
 * telemetry payloads six times (the first two rounds warm up) and reports the median ns and
 * bytes allocated per message; then starts fresh JVMs that decode one message, to count the
 * classes that first message loads and time it. Result line also in target/bench/codec.json.
 */
@EnabledIfSystemProperty(named = "nightlight.bench", matches = "true")
class LessonCodecBenchmark {

    private static volatile Object sink;

    @Test
    void decodeCostAndFirstMessageClassLoads() throws Exception {
        String plain = perMessage(i -> "{\"light\": " + i + "}");
        String extra = perMessage(i -> "{\"device\": {\"name\": \"wio\", \"fw\": [1, 2]}, \"light\": " + i + ", \"unit\": \"raw\"}");
        String first = firstMessageInAFreshJvm();
        String json = "{\"plain\":" + plain + ",\"with_other_fields\":" + extra + ",\"first_message\":" + first + "}";
        System.out.println(json);
        Path out = Path.of("target/bench/codec.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json + "\n", StandardCharsets.UTF_8);
    }

    private static String perMessage(java.util.function.IntFunction<String> payload) {
        byte[][] payloads = new byte[1024][];
        for (int i = 0; i < payloads.length; i++) {
            payloads[i] = payload.apply(i).getBytes(StandardCharsets.UTF_8);
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        int n = 1_000_000;
        double[] ns = new double[6];
        double[] bytes = new double[ns.length];
        for (int round = 0; round < ns.length; round++) {
            long allocated = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink = LessonCodec.decodeTelemetry(payloads[i & 1023]);
            }
            ns[round] = (System.nanoTime() - start) / (double) n;
            bytes[round] = (threads.getCurrentThreadAllocatedBytes() - allocated) / (double) n;
        }
        double[] measured = Arrays.copyOfRange(ns, 2, ns.length);
        Arrays.sort(measured);
        return String.format(Locale.ROOT, "{\"ns_per_message\":%.0f,\"bytes_per_message\":%.0f,\"rounds_ns\":%s}",
                (measured[1] + measured[2]) / 2, bytes[ns.length - 1],
                Arrays.toString(Arrays.stream(ns).mapToLong(Math::round).toArray()).replace(" ", ""));
    }

    /**
     * Runs {@link FirstMessage} once with -Xlog:class+load to count the classes loaded between its
     * two marks, then five times without (logging slows loading) for the median time.
     */
    private static String firstMessageInAFreshJvm() throws IOException, InterruptedException {
        List<String> lines = run("-Xlog:class+load");
        List<String> loaded = lines.subList(lines.indexOf(FirstMessage.BEFORE) + 1, lines.indexOf(FirstMessage.AFTER));
        long jackson = loaded.stream().filter(l -> l.contains(" com.fasterxml.jackson.")).count();
        long databind = loaded.stream().filter(l -> l.contains(" com.fasterxml.jackson.databind.")).count();
        double[] millis = new double[5];
        for (int i = 0; i < millis.length; i++) {
            List<String> quiet = run("-Xlog:disable");
            millis[i] = Double.parseDouble(quiet.get(quiet.indexOf(FirstMessage.AFTER) + 1));
        }
        Arrays.sort(millis);
        return String.format(Locale.ROOT, "{\"classes\":%d,\"jackson_classes\":%d,\"databind_classes\":%d,\"median_ms\":%.1f,\"ms\":%s}",
                loaded.size(), jackson, databind, millis[2], Arrays.toString(millis).replace(" ", ""));
    }

    private static List<String> run(String logOption) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), logOption, "-cp", System.getProperty("java.class.path"),
                FirstMessage.class.getName()).redirectErrorStream(true).start();
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("the fresh JVM failed: " + lines);
        }
        return lines;
    }

    /**
     * The first message of a fresh JVM. What the app has done long before its first message is
     * done first, so that it is not counted: a jar opened, a lambda bootstrapped, a regex compiled.
     */
    static final class FirstMessage {
        static final String BEFORE = "=== before the first message";
        static final String AFTER = "=== after the first message";

        public static void main(String[] args) throws ClassNotFoundException {
            Class.forName("picocli.CommandLine", false, FirstMessage.class.getClassLoader());
            java.util.function.IntUnaryOperator twice = x -> 2 * x;
            boolean matches = java.util.regex.Pattern.compile("(a|b)?c*").matcher("ac").matches();
            Object accepted = new Decoded.Accepted<>(new Telemetry(twice.applyAsInt(1)));
            byte[] payload = "{\"light\": 512}".getBytes(StandardCharsets.UTF_8);
            System.out.println(BEFORE);
            System.out.flush();
            long start = System.nanoTime();
            Decoded<Telemetry> decoded = LessonCodec.decodeTelemetry(payload);
            long nanos = System.nanoTime() - start;
            System.out.println(AFTER);
            System.out.println(String.format(Locale.ROOT, "%.1f", nanos / 1e6));
            if (!decoded.isAccepted() || !matches || accepted == null) {
                throw new IllegalStateException(String.valueOf(decoded));
            }
        }
    }
}
