package lab.nightlight.bench;

import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import lab.nightlight.device.DeviceFleet;
import lab.nightlight.device.LightPattern;
import lab.nightlight.lesson.DeviceIds;
import lab.nightlight.lesson.Topics;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.ConnectOptions;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.MqttVersion;
import lab.nightlight.server.StadiumServer;
import lab.nightlight.server.policy.Decider;
import lab.nightlight.server.policy.Policy;

/**
 * The stadium at scale: {@code devices} sensors, each sending once a {@code period}, spread
 * evenly, through one broker to one stadium server. Measures, for every decision, the time from
 * the deciding telemetry leaving its device to the decision made (two client hops and the broker
 * in between), and whether every telemetry was decided.
 */
public final class StadiumBenchmark {

    /** Figures of one run. */
    public record Result(int devices, long telemetry, long decisions, LatencyStats latency, double seconds) {
    }

    private StadiumBenchmark() {
    }

    public static Result run(BrokerAddress broker, int devices, Duration period, Duration measure, Policy policy)
            throws Exception {
        Topics topics = new Topics(DeviceIds.random());
        ConcurrentLinkedQueue<Long> samples = new ConcurrentLinkedQueue<>();
        LongAdder decisions = new LongAdder();
        MqttConnection serverConnection = MqttConnection.create(broker,
                ConnectOptions.defaults(topics.serverClientId()), Runnable::run);
        try (DeviceFleet fleet = new DeviceFleet(broker, topics, devices, MqttVersion.V5, Runnable::run)) {
            StadiumServer server = new StadiumServer(serverConnection, topics,
                    new Decider(policy, 300, 10, period.multipliedBy(3)));
            server.addListener((decision, trigger, changed, nanos) -> {
                decisions.increment();
                Long sent = fleet.lastSentNanos(trigger.sensor());
                if (sent != null) {
                    samples.add(System.nanoTime() - sent);
                }
            });
            serverConnection.connect().get(30, TimeUnit.SECONDS);
            server.start().get(30, TimeUnit.SECONDS);
            fleet.start().get(5, TimeUnit.MINUTES);
            fleet.setPattern(LightPattern.noise(300, 60));
            fleet.run(period);
            Thread.sleep(Math.min(period.toMillis() * 2, 5_000)); // warm-up, not measured
            samples.clear();
            decisions.reset();
            long start = System.nanoTime();
            Thread.sleep(measure.toMillis());
            fleet.stop();
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] values = samples.stream().mapToLong(Long::longValue).toArray();
            return new Result(devices, values.length, decisions.sum(), LatencyStats.of(values), seconds);
        } finally {
            serverConnection.disconnect();
        }
    }
}
