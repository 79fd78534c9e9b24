package lab.nightlight.device;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import lab.nightlight.events.ListenerOutbox;
import lab.nightlight.lesson.Decoded;
import lab.nightlight.lesson.LessonCodec;
import lab.nightlight.lesson.Presence;
import lab.nightlight.lesson.Telemetry;
import lab.nightlight.lesson.Topics;
import lab.nightlight.mqtt.Message;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.MqttException;
import lab.nightlight.mqtt.Qos;
import lab.nightlight.mqtt.Will;

/**
 * The lesson's nightlight device: a light sensor reading 0..1023 sent as telemetry on a schedule
 * (and on change, if asked), and an LED that changes only when a command comes back through the
 * broker. Stop the server and the LED stays as it is: that is the lesson.
 */
public final class VirtualDevice implements AutoCloseable {

    /** The lesson's Python device sends every 5 s (the Wio Terminal every 2 s). */
    public static final Duration LESSON_INTERVAL = Duration.ofSeconds(5);

    /**
     * Listener calls that may wait for the events executor; under a flood of commands the oldest
     * are dropped. The LED shows the latest command and the counters are exact, so a few hundred
     * is plenty.
     */
    static final int EVENTS_WAITING = 256;

    private final MqttConnection connection;
    private final Topics topics;
    private final DeviceRoute route;
    private final List<DeviceListener> listeners = new CopyOnWriteArrayList<>();
    private final ListenerOutbox<DeviceListener> outbox;
    private final ScheduledExecutorService scheduler;
    private final boolean ownsScheduler;
    private final AtomicLong telemetrySent = new AtomicLong();
    private final AtomicLong commandsReceived = new AtomicLong();
    private final AtomicLong commandsRejected = new AtomicLong();

    private volatile int light = 500;
    private volatile boolean ledOn;
    private volatile Instant lastCommandAt;
    private volatile boolean sendOnChange = true;
    private volatile Qos telemetryQos = Qos.AT_MOST_ONCE;
    /** The lesson's paho code subscribes with paho's default, QoS 0; a command is delivered at
     *  the lower of the publisher's and this QoS. */
    private volatile Qos commandQos = Qos.AT_MOST_ONCE;
    private volatile Duration interval = LESSON_INTERVAL;
    private ScheduledFuture<?> schedule;
    private volatile boolean closed;
    private AutoCloseable presenceWatch;
    private AutoCloseable reportWatch;

    /**
     * @param events where listeners are called (per-command calls in bounded batches, see {@link #EVENTS_WAITING})
     */
    public VirtualDevice(MqttConnection connection, Topics topics, Executor events) {
        this(connection, topics, DeviceRoute.lesson(topics), events);
    }

    /** A device on its own route, such as one of the stadium's many sensors. */
    public VirtualDevice(MqttConnection connection, Topics topics, DeviceRoute route, Executor events) {
        this(connection, topics, route, events, null);
    }

    /**
     * @param scheduler a timer shared by many devices (a fleet), or null for one of its own
     */
    public VirtualDevice(MqttConnection connection, Topics topics, DeviceRoute route, Executor events,
                         ScheduledExecutorService scheduler) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.topics = Objects.requireNonNull(topics, "topics");
        this.route = Objects.requireNonNull(route, "route");
        this.outbox = new ListenerOutbox<>(listeners, events, EVENTS_WAITING);
        this.ownsScheduler = scheduler == null;
        this.scheduler = scheduler != null ? scheduler : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "nightlight-device-" + topics.id());
            t.setDaemon(true);
            return t;
        });
    }

    public void addListener(DeviceListener listener) {
        listeners.add(listener);
    }

    public void removeListener(DeviceListener listener) {
        listeners.remove(listener);
    }

    /**
     * The will that makes the broker announce "offline" for this device when it vanishes without
     * a DISCONNECT. Give it to the connection's options; {@link #start()} then says "online".
     */
    public static Will presenceWill(Topics topics) {
        return new Will(topics.status(), Presence.OFFLINE.payload(), Qos.AT_LEAST_ONCE, true);
    }

    /** The same for a device on its own route. */
    public static Will presenceWill(DeviceRoute route) {
        return new Will(route.status(), Presence.OFFLINE.payload(), Qos.AT_LEAST_ONCE, true);
    }

    /** Subscribes to commands and starts the telemetry schedule. Connect the connection separately. */
    public CompletableFuture<Void> start() {
        reschedule();
        // Like the lesson's loop (publish, then sleep), a device reports as soon as it is connected,
        // not one interval later; again after every reconnect. Once its command subscription is
        // acknowledged, not at CONNACK: an answer faster than the SUBACK would find no subscriber.
        reportWatch = connection.onReady(() -> {
            if (connection.state().isConnected() && !interval.isZero() && !closed) {
                sendTelemetry();
            }
        });
        if (connection.options().will() != null && route.status().equals(connection.options().will().topic())) {
            // Every (re)connect says "online", retained, so a late server still knows.
            presenceWatch = connection.onState(state -> {
                if (state.isConnected()) {
                    connection.publish(route.status(), Presence.ONLINE.payload(), Qos.AT_LEAST_ONCE, true);
                }
            });
            if (connection.state().isConnected()) {
                connection.publish(route.status(), Presence.ONLINE.payload(), Qos.AT_LEAST_ONCE, true);
            }
        }
        return subscribeCommands(commandQos);
    }

    private CompletableFuture<Void> subscribeCommands(Qos qos) {
        return CompletableFuture.allOf(route.commandFilters().stream()
                .map(f -> connection.subscribe(f, qos, this::onCommand))
                .toArray(CompletableFuture[]::new));
    }

    public DeviceRoute route() {
        return route;
    }

    public Qos commandQos() {
        return commandQos;
    }

    /** Changes the QoS of the command subscription; subscribing again replaces the old one. */
    public CompletableFuture<Void> setCommandQos(Qos qos) {
        commandQos = java.util.Objects.requireNonNull(qos);
        return subscribeCommands(qos);
    }

    public Topics topics() {
        return topics;
    }

    public MqttConnection connection() {
        return connection;
    }

    public int light() {
        return light;
    }

    /** Sets the sensor reading; sends telemetry at once when "send on change" is on and connected. */
    public void setLight(int value) {
        int clamped = Math.max(Telemetry.MIN_LIGHT, Math.min(Telemetry.MAX_LIGHT, value));
        boolean changed = clamped != light;
        light = clamped;
        if (changed && sendOnChange && connection.state().isConnected()) {
            sendTelemetry();
        }
    }

    public boolean ledOn() {
        return ledOn;
    }

    /** When the last accepted command arrived, or null if none has. */
    public Instant lastCommandAt() {
        return lastCommandAt;
    }

    public boolean sendOnChange() {
        return sendOnChange;
    }

    public void setSendOnChange(boolean on) {
        sendOnChange = on;
    }

    public Qos telemetryQos() {
        return telemetryQos;
    }

    public void setTelemetryQos(Qos qos) {
        telemetryQos = Objects.requireNonNull(qos);
    }

    public Duration interval() {
        return interval;
    }

    /** Changes the telemetry period; {@link Duration#ZERO} turns the schedule off. */
    public void setInterval(Duration value) {
        if (value.isNegative()) {
            throw new IllegalArgumentException("The interval cannot be negative.");
        }
        interval = value;
        reschedule();
    }

    public long telemetrySent() {
        return telemetrySent.get();
    }

    public long commandsReceived() {
        return commandsReceived.get();
    }

    public long commandsRejected() {
        return commandsRejected.get();
    }

    /** Takes over another device's settings (light, schedule, QoS) when the app rebuilds it. */
    public void copySettingsFrom(VirtualDevice other) {
        light = other.light;
        sendOnChange = other.sendOnChange;
        telemetryQos = other.telemetryQos;
        commandQos = other.commandQos;
        interval = other.interval;
        ledOn = other.ledOn;
        lastCommandAt = other.lastCommandAt;
    }

    /** Publishes the current reading now. The future completes when the broker has it. */
    public CompletableFuture<Void> sendTelemetry() {
        Telemetry telemetry = new Telemetry(light);
        Qos qos = telemetryQos;
        return connection.publish(route.telemetry(), LessonCodec.encode(telemetry), qos, false)
                .whenComplete((ok, e) -> {
                    if (e == null) {
                        telemetrySent.incrementAndGet();
                        Instant at = Instant.now();
                        emit(l -> l.telemetrySent(telemetry, qos, at));
                    } else {
                        emit(l -> l.telemetryFailed(telemetry, MqttException.problemOf(e, connection.address().url())));
                    }
                });
    }

    private void onCommand(Message message) {
        Decoded<lab.nightlight.lesson.Command> decoded = LessonCodec.decodeCommand(message.payload());
        Instant at = message.receivedAt();
        if (decoded instanceof Decoded.Accepted<lab.nightlight.lesson.Command> accepted) {
            commandsReceived.incrementAndGet();
            ledOn = accepted.value().ledOn();
            lastCommandAt = at;
            boolean on = ledOn;
            emit(l -> l.ledChanged(on, message.retain(), at));
        } else if (decoded instanceof Decoded.Rejected<lab.nightlight.lesson.Command> rejected) {
            commandsRejected.incrementAndGet();
            emit(l -> l.commandRejected(rejected.rejection(), at));
        }
    }

    private synchronized void reschedule() {
        if (schedule != null) {
            schedule.cancel(false);
            schedule = null;
        }
        if (closed || interval.isZero()) {
            return;
        }
        long millis = interval.toMillis();
        schedule = scheduler.scheduleAtFixedRate(() -> {
            if (connection.state().isConnected()) {
                sendTelemetry();
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void emit(java.util.function.Consumer<DeviceListener> call) {
        outbox.offer(call);
    }

    /**
     * Disconnects cleanly. A clean DISCONNECT cancels the will, so a device that announces its
     * presence first says "offline" itself.
     */
    public CompletableFuture<Void> disconnect() {
        if (presenceWatch != null && connection.state().isConnected()) {
            return connection.publish(route.status(), Presence.OFFLINE.payload(), Qos.AT_LEAST_ONCE, true)
                    .handle((ok, e) -> null)
                    .thenCompose(x -> connection.disconnect());
        }
        return connection.disconnect();
    }

    /** Stops the schedule; the connection is closed by whoever created it. */
    @Override
    public synchronized void close() {
        closed = true;
        if (reportWatch != null) {
            try {
                reportWatch.close();
            } catch (Exception e) {
                // only removes a listener
            }
        }
        if (presenceWatch != null) {
            try {
                presenceWatch.close();
            } catch (Exception e) {
                // only removes a listener
            }
        }
        if (schedule != null) {
            schedule.cancel(false);
        }
        if (ownsScheduler) {
            scheduler.shutdownNow();
        }
    }
}
