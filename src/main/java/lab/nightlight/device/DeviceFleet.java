package lab.nightlight.device;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import lab.nightlight.lesson.Topics;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.ConnectOptions;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.MqttVersion;

/**
 * Many virtual devices in one process, each with its own connection, name and topics
 * ({@code <id>/<name>/telemetry}), sharing one timer. Names stay unique when a whole class runs
 * fleets with the same id: each fleet draws a random token, so {@code s7k2q-3} from one laptop
 * never meets {@code s7k2q-3} from another.
 */
public final class DeviceFleet implements AutoCloseable {

    private static final SecureRandom TOKENS = new SecureRandom();
    private final List<VirtualDevice> devices = new ArrayList<>();
    private final ScheduledExecutorService timer;
    private final Random random = new Random();
    private final String token;
    private volatile LightPattern pattern = LightPattern.steady(600);
    private ScheduledFuture<?> ticking;
    /** When each device last handed telemetry to its client (System.nanoTime), for benchmarks. */
    private final java.util.Map<String, Long> lastSent = new java.util.concurrent.ConcurrentHashMap<>();

    public DeviceFleet(BrokerAddress broker, Topics topics, int count, MqttVersion version, Executor events) {
        this(broker, topics, count, ConnectOptions.defaults("x").withVersion(version), events);
    }

    /**
     * @param template connection options every device starts from (version, login, TLS); each
     *                 device gets its own client id and last will
     */
    public DeviceFleet(BrokerAddress broker, Topics topics, int count, ConnectOptions template, Executor events) {
        if (count < 1) {
            throw new IllegalArgumentException("A fleet needs at least one device.");
        }
        this.token = newToken();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "nightlight-fleet");
            t.setDaemon(true);
            return t;
        });
        for (int i = 1; i <= count; i++) {
            String name = token + "-" + i;
            DeviceRoute route = DeviceRoute.stadium(topics, name);
            ConnectOptions options = template.withClientId(topics.id() + name + "nightlight_client")
                    .withWill(VirtualDevice.presenceWill(route));
            VirtualDevice d = new VirtualDevice(MqttConnection.create(broker, options, events), topics, route, events, timer);
            d.setSendOnChange(false);
            d.setInterval(Duration.ZERO);
            devices.add(d);
        }
    }

    /** Five base-36 characters: ~60 million tokens, so a class of fleets does not collide. */
    static String newToken() {
        String t = Integer.toString(TOKENS.nextInt(36 * 36 * 36 * 36 * 35) + 36 * 36 * 36 * 36, 36);
        return "s" + t;
    }

    public String token() {
        return token;
    }

    public List<VirtualDevice> devices() {
        return Collections.unmodifiableList(devices);
    }

    /** Connects every device (a few at a time, so a broker is not hit by a thousand at once). */
    public CompletableFuture<Void> start() {
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        int batch = 50;
        for (int from = 0; from < devices.size(); from += batch) {
            List<VirtualDevice> slice = devices.subList(from, Math.min(devices.size(), from + batch));
            chain = chain.thenCompose(x -> CompletableFuture.allOf(slice.stream()
                    .map(d -> d.start().thenCompose(y -> d.connection().connect()))
                    .toArray(CompletableFuture[]::new)));
        }
        return chain;
    }

    public void setPattern(LightPattern next) {
        pattern = next;
    }

    /** Every {@code period}, moves each sensor by the pattern and sends its telemetry, spread over the period. */
    public synchronized void run(Duration period) {
        stop();
        long nanos = period.toNanos();
        long step = Math.max(1, nanos / devices.size());
        // Spread devices over the period rather than all at the same instant, as real sensors are.
        ticking = timer.scheduleAtFixedRate(new Runnable() {
            private int next;

            @Override
            public void run() {
                VirtualDevice d = devices.get(next);
                next = (next + 1) % devices.size();
                d.setLight(pattern.next(d.light(), random));
                if (d.connection().state().isConnected()) {
                    lastSent.put(d.route().name(), System.nanoTime());
                    d.sendTelemetry();
                }
            }
        }, 0, step, TimeUnit.NANOSECONDS);
    }

    public synchronized void stop() {
        if (ticking != null) {
            ticking.cancel(false);
            ticking = null;
        }
    }

    /** A cloud over one sensor: it reads dark while the rest stay as they are. */
    public void shade(int index, int light) {
        VirtualDevice d = devices.get(index);
        d.setLight(light);
        d.sendTelemetry();
    }

    /** Sets every sensor and sends at once, e.g. nightfall over the whole stadium. */
    public void setAll(int light) {
        for (VirtualDevice d : devices) {
            d.setLight(light);
            d.sendTelemetry();
        }
    }

    /** When the named device last sent telemetry while running (System.nanoTime), or null. */
    public Long lastSentNanos(String name) {
        return lastSent.get(name);
    }

    public long ledsOn() {
        return devices.stream().filter(VirtualDevice::ledOn).count();
    }

    @Override
    public void close() {
        stop();
        for (VirtualDevice d : devices) {
            d.close();
            d.disconnect();
        }
        timer.shutdownNow();
    }

}
