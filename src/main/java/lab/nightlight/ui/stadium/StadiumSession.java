package lab.nightlight.ui.stadium;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import lab.nightlight.device.DeviceRoute;
import lab.nightlight.device.LightPattern;
import lab.nightlight.device.VirtualDevice;
import lab.nightlight.lesson.Topics;
import lab.nightlight.mqtt.ConnectOptions;
import lab.nightlight.mqtt.ConnectionState;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.Qos;
import lab.nightlight.server.StadiumServer;
import lab.nightlight.server.policy.PolicyDecision;

/**
 * The stadium while it runs: its sensors, each a {@link VirtualDevice} with its own connection,
 * and a {@link StadiumServer} with one more. No JavaFX. Everything that touches a device or the
 * server runs on one worker thread, which also reports every sensor once a
 * {@link #REPORT_PERIOD} (spread over the period, as real sensors are) and lets the server decide
 * again once a second so that silent sensors drop out on time. The clients call back on their
 * own threads ({@code Runnable::run}); the window picks up what changed once a frame.
 *
 * <p>Started by the first sensor, ended by {@link #close()}: the window's "remove all", or the
 * app's close, which waits for the goodbyes before it stops the broker.
 */
final class StadiumSession {

    /** How the session gets its clients: {@code App::extraConnection} in the window. */
    @FunctionalInterface
    interface Connections {
        CompletableFuture<MqttConnection> open(ConnectOptions options, Executor events);
    }

    static final Duration REPORT_PERIOD = Duration.ofSeconds(1);
    static final long TICK_MILLIS = 100;
    /** How long the goodbyes may take: less than the 2 s the app gives them before it stops the broker. */
    static final long GOODBYE_MILLIS = 1_500;
    /** How far a noisy sensor wanders around its level (a standard deviation). */
    static final int NOISE = 50;

    private static final Executor DIRECT = Runnable::run;

    private final Topics topics;
    private final Connections connections;
    private final ScheduledExecutorService worker;
    private final List<Sensor> sensors = new CopyOnWriteArrayList<>();
    private final AtomicReference<PolicyDecision> decision = new AtomicReference<>();
    private final Random random = new Random();
    private final ScheduledFuture<?> ticking;
    private volatile StadiumSettings settings;
    private volatile StadiumServer server;
    private volatile MqttConnection serverConnection;
    private volatile boolean closed;
    private CompletableFuture<Void> goodbye;
    private long nextReevaluate;

    StadiumSession(Topics topics, Connections connections, StadiumSettings settings) {
        this.topics = Objects.requireNonNull(topics);
        this.connections = Objects.requireNonNull(connections);
        this.settings = Objects.requireNonNull(settings);
        worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "nightlight-stadium");
            t.setDaemon(true);
            return t;
        });
        worker.execute(this::startServer);
        ticking = worker.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    Topics topics() {
        return topics;
    }

    private void startServer() {
        connections.open(ConnectOptions.defaults(topics.serverClientId()), DIRECT).whenCompleteAsync((c, e) -> {
            if (e != null) {
                return;
            }
            StadiumSettings s = settings;
            StadiumServer next = new StadiumServer(c, topics, s.decider());
            next.setAddressing(s.addressing());
            next.addListener((d, trigger, changed, nanos) -> decision.set(d));
            synchronized (this) {
                // Under the lock close() takes, so a close cannot slip in between and miss it.
                if (closed) {
                    return;
                }
                serverConnection = c;
                server = next;
                next.start();
                c.connect();
            }
        }, worker);
    }

    /** Builds the sensor's device and connects it, off the caller's thread. */
    void add(Sensor sensor) {
        sensor.nextReportNanos = System.nanoTime() + (long) (random.nextDouble() * REPORT_PERIOD.toNanos());
        sensors.add(sensor);
        ConnectOptions options = ConnectOptions.defaults(topics.id() + "-" + sensor.name());
        // Building a client takes milliseconds: on the worker, never on the caller's (FX) thread.
        onWorker(() -> connect(sensor, options));
    }

    private void connect(Sensor sensor, ConnectOptions options) {
        connections.open(options, DIRECT).whenCompleteAsync((c, e) -> {
            if (e != null) {
                sensor.connectionFailed();
                return;
            }
            VirtualDevice device = new VirtualDevice(c, topics, DeviceRoute.stadium(topics, sensor.name()), DIRECT,
                    worker);
            device.setInterval(Duration.ZERO); // the session reports, spread over the period
            device.setSendOnChange(false);
            device.setLight(sensor.level());
            boolean started = !closed && sensor.attach(device, () -> {
                c.onState(sensor::stateChanged);
                device.start();
                // Report at once, so the server hears the newcomer and tells it the present state.
                c.connect().thenRunAsync(() -> report(sensor, device), worker);
            });
            if (!started) {
                device.close();
            }
        }, worker).exceptionally(e -> {
            // the worker is gone: the session closed while the broker was still starting
            return null;
        });
    }

    /** Removes the sensor; its device says goodbye. */
    void remove(Sensor sensor) {
        sensors.remove(sensor);
        onWorker(sensor::close);
    }

    /** The teacher moved the slider (or shaded it): report the new level now. */
    void levelChanged(Sensor sensor) {
        onWorker(() -> {
            VirtualDevice d = sensor.device();
            if (d != null) {
                report(sensor, d);
            }
        });
    }

    /** New settings: the server decides again with them at once. */
    void apply(StadiumSettings next) {
        settings = Objects.requireNonNull(next);
        onWorker(() -> {
            StadiumServer s = server;
            if (s != null) {
                s.setDecider(next.decider());
                s.setAddressing(next.addressing());
                decision.set(s.reevaluate());
            }
        });
    }

    /** The newest decision since the last call, or null. */
    PolicyDecision takeDecision() {
        return decision.getAndSet(null);
    }

    /** The server's state, or null while it has no connection yet. */
    ConnectionState serverState() {
        MqttConnection c = serverConnection;
        return c == null ? null : c.state();
    }

    /** Sensors the server has heard from (silent ones included until forgotten). */
    int sensorsHeard() {
        StadiumServer s = server;
        return s == null ? 0 : s.sensors();
    }

    long commandsSent() {
        StadiumServer s = server;
        return s == null ? 0 : s.commandsSent();
    }

    private void tick() {
        long now = System.nanoTime();
        long period = REPORT_PERIOD.toNanos();
        for (Sensor sensor : sensors) {
            VirtualDevice d = sensor.device();
            if (d != null && now - sensor.nextReportNanos >= 0) {
                sensor.nextReportNanos = now + period;
                if (d.connection().state().isConnected()) {
                    report(sensor, d);
                }
            }
        }
        StadiumServer s = server;
        if (s != null && now - nextReevaluate >= 0) {
            nextReevaluate = now + TimeUnit.SECONDS.toNanos(1);
            Duration fresh = settings.freshness();
            // Silent sensors count as "left out" for a while, then are forgotten.
            s.forgetOlderThan(fresh.multipliedBy(3));
            decision.set(s.reevaluate());
        }
    }

    /** On the worker: the sensor's reading now (its level, or near it when noisy), sent. */
    private void report(Sensor sensor, VirtualDevice d) {
        int level = sensor.level();
        d.setLight(sensor.noisy() ? LightPattern.noise(level, NOISE).next(level, random) : level);
        if (d.connection().state().isConnected()) {
            d.sendTelemetry();
        }
    }

    private void onWorker(Runnable task) {
        try {
            worker.execute(task);
        } catch (RejectedExecutionException e) {
            // closed: nothing left to do
        }
    }

    /**
     * Ends the stadium: every sensor and the server say goodbye, the retained broadcast command is
     * cleared (the broker would keep it for the next class), and the worker stops once they
     * have. Returns the same future when called again. Any thread.
     */
    synchronized CompletableFuture<Void> close() {
        if (goodbye != null) {
            return goodbye;
        }
        closed = true;
        ticking.cancel(false);
        List<CompletableFuture<?>> byes = new ArrayList<>();
        for (Sensor sensor : sensors) {
            byes.add(sensor.close());
        }
        sensors.clear();
        MqttConnection c = serverConnection;
        StadiumServer s = server;
        if (s != null) {
            s.close();
        }
        if (c != null) {
            // QoS 0: the broker takes the PUBLISH before the DISCONNECT that follows on the same
            // connection, and nothing waits for an acknowledgement that a busy or stopping broker
            // may never send (a server still waiting when the broker stops would retry forever).
            CompletableFuture<Void> cleared = c.state().isConnected()
                    ? c.publish(topics.commands(), new byte[0], Qos.AT_MOST_ONCE, true)
                    : CompletableFuture.completedFuture(null);
            byes.add(cleared.completeOnTimeout(null, 1, TimeUnit.SECONDS).handle((ok, e) -> null)
                    .thenCompose(x -> c.disconnect()));
        }
        goodbye = CompletableFuture.allOf(byes.toArray(CompletableFuture[]::new))
                .orTimeout(GOODBYE_MILLIS, TimeUnit.MILLISECONDS)
                .handle((ok, e) -> (Void) null)
                .whenComplete((ok, e) -> {
                    if (c != null) {
                        c.disconnect(); // whatever hung: it must not reconnect once the broker is gone
                    }
                    worker.shutdownNow();
                });
        return goodbye;
    }
}
