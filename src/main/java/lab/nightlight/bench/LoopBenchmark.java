package lab.nightlight.bench;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import lab.nightlight.device.DeviceListener;
import lab.nightlight.device.VirtualDevice;
import lab.nightlight.lesson.DeviceIds;
import lab.nightlight.lesson.Topics;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.ConnectOptions;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.MqttVersion;
import lab.nightlight.mqtt.Qos;
import lab.nightlight.server.NightlightServer;

/**
 * The nightlight loop, timed: device telemetry, server decision, command, LED state, one loop at a
 * time, from just before the telemetry is published to the moment the device's LED changes.
 * Callbacks run inline on the client's threads, so the figure is the loop and nothing the
 * benchmark adds (no sleeping, no polling).
 */
public final class LoopBenchmark {

    private static final Duration LOOP_TIMEOUT = Duration.ofSeconds(10);

    private LoopBenchmark() {
    }

    /** Runs {@code warmup} untimed loops, then {@code count} timed ones, at {@code qos} on every hop. */
    public static LatencyStats run(BrokerAddress broker, MqttVersion version, Qos qos, int count, int warmup)
            throws Exception {
        Topics topics = new Topics(DeviceIds.random());
        MqttConnection deviceConnection = MqttConnection.create(broker,
                ConnectOptions.defaults(topics.deviceClientId()).withVersion(version), Runnable::run);
        MqttConnection serverConnection = MqttConnection.create(broker,
                ConnectOptions.defaults(topics.serverClientId()).withVersion(version), Runnable::run);
        AtomicReference<CompletableFuture<Boolean>> pending = new AtomicReference<>();
        try (VirtualDevice device = new VirtualDevice(deviceConnection, topics, Runnable::run);
             NightlightServer server = new NightlightServer(serverConnection, topics, Runnable::run)) {
            deviceConnection.connect().get(10, TimeUnit.SECONDS);
            serverConnection.connect().get(10, TimeUnit.SECONDS);
            device.setInterval(Duration.ZERO);
            device.setSendOnChange(false);
            device.setTelemetryQos(qos);
            device.setCommandQos(qos).get(10, TimeUnit.SECONDS);
            device.start().get(10, TimeUnit.SECONDS);
            server.setCommandQos(qos);
            server.setSubscriptionQos(qos).get(10, TimeUnit.SECONDS);
            device.addListener(new DeviceListener() {
                @Override
                public void ledChanged(boolean on, boolean retained, java.time.Instant at) {
                    CompletableFuture<Boolean> f = pending.get();
                    if (f != null) {
                        f.complete(on);
                    }
                }
            });
            long[] samples = new long[count];
            for (int i = -warmup; i < count; i++) {
                boolean dark = (i & 1) == 0;
                device.setLight(dark ? 100 : 500);
                CompletableFuture<Boolean> answer = new CompletableFuture<>();
                pending.set(answer);
                long start = System.nanoTime();
                device.sendTelemetry();
                boolean on = answer.get(LOOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                long elapsed = System.nanoTime() - start;
                if (on != dark) {
                    throw new IllegalStateException("The LED answered " + on + " for light " + device.light());
                }
                if (i >= 0) {
                    samples[i] = elapsed;
                }
            }
            return LatencyStats.of(samples);
        } finally {
            deviceConnection.disconnect();
            serverConnection.disconnect();
        }
    }
}
