package lab.nightlight.ui;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import lab.nightlight.lesson.LessonCodec;
import lab.nightlight.lesson.Telemetry;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.ConnectOptions;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.Qos;

/**
 * The ingest benchmark's flood of telemetry, at QoS 1 so the broker may drop nothing. It runs in
 * its own JVM when the benchmark starts it ({@link #main}), like a classroom's devices on other
 * machines: then its client's queue of unacknowledged messages is not counted in the window's
 * heap, and its collections do not pause the window. Only the two cores are still shared.
 */
final class IngestPublisher {

    /** What was handed to the client, and over how long. */
    record Result(long sent, double publishSeconds) {
    }

    private IngestPublisher() {
    }

    /** Publishes {@code rate} a second for {@code seconds}, in batches every millisecond, then awaits the last acknowledgement. */
    static Result flood(MqttConnection publisher, String topic, int rate, int seconds) {
        byte[][] payloads = new byte[1024][];
        for (int i = 0; i < payloads.length; i++) {
            payloads[i] = LessonCodec.encode(new Telemetry(i));
        }
        long sent = 0;
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(seconds).toNanos();
        CompletableFuture<Void> last = CompletableFuture.completedFuture(null);
        while (System.nanoTime() < end) {
            long due = (long) ((System.nanoTime() - start) / 1e9 * rate);
            while (sent < due) {
                last = publisher.publish(topic, payloads[(int) (sent % payloads.length)], Qos.AT_LEAST_ONCE, false);
                sent++;
            }
            // Batches every millisecond, not a spin: on 2 cores a spinning publisher would take
            // a whole core from the broker, the server and the window it is measuring.
            LockSupport.parkNanos(1_000_000);
        }
        double publishSeconds = (System.nanoTime() - start) / 1e9;
        last.join();
        return new Result(sent, publishSeconds);
    }

    /** {@code host port topic rate seconds}; prints one line, {@code sent publish_s}. */
    public static void main(String[] args) throws Exception {
        BrokerAddress broker = new BrokerAddress(args[0], Integer.parseInt(args[1]));
        MqttConnection publisher = MqttConnection.create(broker,
                ConnectOptions.defaults("ingest-" + ProcessHandle.current().pid()), Runnable::run);
        publisher.connect().get(15, TimeUnit.SECONDS);
        Result r = flood(publisher, args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
        System.out.printf(Locale.ROOT, "%d %.3f%n", r.sent(), r.publishSeconds());
        publisher.disconnect().get(5, TimeUnit.SECONDS);
        System.exit(0);
    }
}
