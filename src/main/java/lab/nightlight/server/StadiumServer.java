package lab.nightlight.server;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import lab.nightlight.lesson.Command;
import lab.nightlight.lesson.Decoded;
import lab.nightlight.lesson.LessonCodec;
import lab.nightlight.lesson.Telemetry;
import lab.nightlight.lesson.Topics;
import lab.nightlight.mqtt.Message;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.Qos;
import lab.nightlight.server.policy.Decider;
import lab.nightlight.server.policy.PolicyDecision;
import lab.nightlight.server.policy.Reading;

/**
 * The lesson's real-world case: a stadium with many light sensors, one decision for all of them.
 * Subscribes to {@code <id>/+/telemetry}, keeps each sensor's latest reading, decides with a
 * {@link Decider} on every telemetry and sends a command when the decision changes (and to a
 * sensor the first time it is heard, so it learns the present state): to each device's own
 * command topic, or once to the broadcast topic {@code <id>/commands}.
 */
public final class StadiumServer implements AutoCloseable {

    /** Where commands go. */
    public enum Addressing { PER_DEVICE, BROADCAST }

    /** What a decision was and why; {@code nanos} is the time from receipt to the command handed on. */
    public interface Listener {
        void decided(PolicyDecision decision, Reading trigger, boolean changed, long nanos);
    }

    private final MqttConnection connection;
    private final Topics topics;
    private final Map<String, Reading> readings = new ConcurrentHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final LongAdder rejected = new LongAdder();
    private final LongAdder commandsSent = new LongAdder();
    private volatile Decider decider;
    private volatile Addressing addressing = Addressing.BROADCAST;
    private volatile Qos qos = Qos.AT_MOST_ONCE;
    private Boolean lightsOn;

    public StadiumServer(MqttConnection connection, Topics topics, Decider decider) {
        this.connection = Objects.requireNonNull(connection);
        this.topics = Objects.requireNonNull(topics);
        this.decider = Objects.requireNonNull(decider);
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public CompletableFuture<Void> start() {
        return connection.subscribe(topics.anyDeviceTelemetry(), qos, this::onTelemetry);
    }

    public void setDecider(Decider next) {
        decider = Objects.requireNonNull(next);
    }

    public void setAddressing(Addressing a) {
        addressing = Objects.requireNonNull(a);
    }

    public void setQos(Qos q) {
        qos = Objects.requireNonNull(q);
    }

    public synchronized Boolean lightsOn() {
        return lightsOn;
    }

    public int sensors() {
        return readings.size();
    }

    public long rejected() {
        return rejected.sum();
    }

    public long commandsSent() {
        return commandsSent.sum();
    }

    /** Decides again without new telemetry, e.g. so silent sensors drop out on time. */
    public synchronized PolicyDecision reevaluate() {
        PolicyDecision d = decider.decide(readings.values(), System.nanoTime(), lightsOn);
        if (d.ledOn() != null && !d.ledOn().equals(lightsOn)) {
            lightsOn = d.ledOn();
            sendToAll(d.ledOn());
        }
        return d;
    }

    private void onTelemetry(Message message) {
        long start = System.nanoTime();
        String device = topics.deviceOf(message.topic());
        Decoded<Telemetry> decoded = LessonCodec.decodeTelemetry(message.payload());
        if (device == null || !(decoded instanceof Decoded.Accepted<Telemetry> accepted)) {
            rejected.increment();
            return;
        }
        Reading reading = new Reading(device, accepted.value().light(), start);
        boolean firstTime = readings.put(device, reading) == null;
        PolicyDecision decision;
        boolean changed;
        synchronized (this) {
            decision = decider.decide(readings.values(), start, lightsOn);
            changed = decision.ledOn() != null && !decision.ledOn().equals(lightsOn);
            if (changed) {
                lightsOn = decision.ledOn();
                sendToAll(lightsOn);
            } else if (firstTime && lightsOn != null && addressing == Addressing.PER_DEVICE) {
                send(topics.deviceCommands(device), lightsOn);
            }
        }
        long nanos = System.nanoTime() - start;
        for (Listener l : listeners) {
            l.decided(decision, reading, changed, nanos);
        }
    }

    private void sendToAll(boolean on) {
        if (addressing == Addressing.BROADCAST) {
            // Retained, so a sensor that joins later learns the present state at once.
            send(topics.commands(), on, true);
        } else {
            for (String device : readings.keySet()) {
                send(topics.deviceCommands(device), on);
            }
        }
    }

    private void send(String topic, boolean on) {
        send(topic, on, false);
    }

    private void send(String topic, boolean on, boolean retain) {
        connection.publish(topic, LessonCodec.encode(Command.of(on)), qos, retain)
                .thenRun(commandsSent::increment);
    }

    /** Forgets sensors not heard from within {@code age}. */
    public void forgetOlderThan(Duration age) {
        long oldest = System.nanoTime() - age.toNanos();
        readings.values().removeIf(r -> r.atNanos() < oldest);
    }

    @Override
    public void close() {
        connection.unsubscribe(topics.anyDeviceTelemetry());
    }
}
