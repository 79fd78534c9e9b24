package lab.nightlight.server;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import lab.nightlight.events.ListenerOutbox;
import lab.nightlight.lesson.Command;
import lab.nightlight.lesson.Decoded;
import lab.nightlight.lesson.LessonCodec;
import lab.nightlight.lesson.Presence;
import lab.nightlight.lesson.Telemetry;
import lab.nightlight.lesson.Threshold;
import lab.nightlight.lesson.Topics;
import lab.nightlight.mqtt.Message;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.MqttException;
import lab.nightlight.mqtt.Qos;

/**
 * The lesson's server: subscribes to telemetry, decides {@code light < threshold} and publishes
 * the command. The threshold, QoS and retain flag may change while it runs; the next telemetry
 * uses them. Bad payloads are counted and logged as rejected; the next good one is decided as usual.
 *
 * <p>Decisions are made on whatever thread the connection delivers telemetry on (in the window,
 * the client's own, so a flood meets the broker's flow control instead of a queue). Listeners are
 * called on the {@code events} executor; of the per-message calls at most {@link #LOG_CAPACITY}
 * wait there, the newest, while {@link #counters()} stay exact.
 */
public final class NightlightServer implements AutoCloseable {

    private final MqttConnection connection;
    private final Topics topics;
    private final List<ServerListener> listeners = new CopyOnWriteArrayList<>();
    private final ListenerOutbox<ServerListener> outbox;
    private final ServerCounters counters = new ServerCounters();
    private final AtomicLong sequence = new AtomicLong();
    private final BoundedLog<LogEntry> log = new BoundedLog<>(LOG_CAPACITY);

    /** Entries kept for whoever opens the log later (the CSV export, a new pane). */
    public static final int LOG_CAPACITY = 1000;

    private volatile Threshold threshold = Threshold.DEFAULT;
    private volatile Qos subscriptionQos = Qos.AT_MOST_ONCE;
    private volatile Qos commandQos = Qos.AT_MOST_ONCE;
    private volatile boolean retainCommands;
    private volatile Presence presence = Presence.UNKNOWN;

    public NightlightServer(MqttConnection connection, Topics topics, Executor events) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.topics = Objects.requireNonNull(topics, "topics");
        this.outbox = new ListenerOutbox<>(listeners, events, LOG_CAPACITY);
    }

    public void addListener(ServerListener listener) {
        listeners.add(listener);
    }

    public void removeListener(ServerListener listener) {
        listeners.remove(listener);
    }

    /** Subscribes to the telemetry topic; connect the connection separately. */
    public CompletableFuture<Void> start() {
        connection.subscribe(topics.status(), Qos.AT_LEAST_ONCE, this::onStatus);
        return connection.subscribe(topics.telemetry(), subscriptionQos, this::onTelemetry);
    }

    /** The device's presence as last announced on {@code <id>/status} (UNKNOWN until it says). */
    public Presence presence() {
        return presence;
    }

    private void onStatus(Message message) {
        Presence p = Presence.parse(message.payload());
        presence = p;
        outbox.send(l -> l.presenceChanged(p, message.retain(), message.receivedAt()));
    }

    public Topics topics() {
        return topics;
    }

    public MqttConnection connection() {
        return connection;
    }

    public ServerCounters counters() {
        return counters;
    }

    public int threshold() {
        return threshold.value();
    }

    public void setThreshold(int value) {
        threshold = new Threshold(value);
    }

    public Qos subscriptionQos() {
        return subscriptionQos;
    }

    /** Changes the telemetry subscription's QoS; subscribing again replaces the old one. */
    public CompletableFuture<Void> setSubscriptionQos(Qos qos) {
        subscriptionQos = Objects.requireNonNull(qos);
        return connection.subscribe(topics.telemetry(), qos, this::onTelemetry);
    }

    public Qos commandQos() {
        return commandQos;
    }

    public void setCommandQos(Qos qos) {
        commandQos = Objects.requireNonNull(qos);
    }

    public boolean retainCommands() {
        return retainCommands;
    }

    public void setRetainCommands(boolean retain) {
        retainCommands = retain;
    }

    /** Takes over another server's settings (threshold, QoS, retain) when the app rebuilds it. */
    public void copySettingsFrom(NightlightServer other) {
        threshold = other.threshold;
        subscriptionQos = other.subscriptionQos;
        commandQos = other.commandQos;
        retainCommands = other.retainCommands;
    }

    /** The newest decisions and rejections, with exact counts of what was dropped. */
    public BoundedLog<LogEntry> log() {
        return log;
    }

    /** Empties the log and zeroes the counters (the log view's "clear"). */
    public void clear() {
        log.clear();
        counters.reset();
    }

    private void onTelemetry(Message message) {
        counters.received.increment();
        long seq = sequence.incrementAndGet();
        Threshold t = threshold;
        Decoded<Telemetry> decoded = LessonCodec.decodeTelemetry(message.payload());
        if (decoded instanceof Decoded.Rejected<Telemetry> rejected) {
            counters.rejected.increment();
            LogEntry entry = new LogEntry(seq, message.receivedAt(), message.topic(), message.qos(), message.retain(),
                    null, t.value(), null, rejected.rejection());
            log.add(entry);
            emit(l -> l.logged(entry));
            return;
        }
        Telemetry telemetry = ((Decoded.Accepted<Telemetry>) decoded).value();
        counters.accepted.increment();
        Command command = t.decide(telemetry);
        LogEntry entry = new LogEntry(seq, message.receivedAt(), message.topic(), message.qos(), message.retain(),
                telemetry, t.value(), command, null);
        log.add(entry);
        emit(l -> l.logged(entry));
        connection.publish(topics.commands(), LessonCodec.encode(command), commandQos, retainCommands)
                .whenComplete((ok, e) -> {
                    if (e == null) {
                        counters.commandsSent.increment();
                        emit(l -> l.commandSent(command, entry));
                    } else {
                        counters.commandsFailed.increment();
                        emit(l -> l.commandFailed(command, MqttException.problemOf(e, connection.address().url())));
                    }
                });
    }

    /** Per-message calls: at most {@link #LOG_CAPACITY} wait for the listeners' executor, the newest. */
    private void emit(Consumer<ServerListener> call) {
        outbox.offer(call);
    }

    /** Stops deciding; the connection is closed by whoever created it. */
    @Override
    public void close() {
        connection.unsubscribe(topics.status());
        connection.unsubscribe(topics.telemetry());
    }
}
