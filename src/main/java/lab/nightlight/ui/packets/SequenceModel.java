package lab.nightlight.ui.packets;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lab.nightlight.lesson.Topics;
import lab.nightlight.trace.Packet;
import lab.nightlight.ui.Texts;

/**
 * The diagram's model: the arrows to draw, bounded to the last {@link #CAPACITY}, and counters
 * that never lie ("showing N of M packets"). {@link #offer} runs on broker or relay threads and
 * only queues; the FX thread calls {@link #frame} once a frame to take a capped number of packets.
 * While paused, packets are counted and queued (the oldest queued ones dropped past the capacity)
 * and {@link #step} draws them one at a time.
 */
public final class SequenceModel {

    public static final int CAPACITY = 500;
    public static final int PER_FRAME = 40;

    private final Texts texts;
    private final ConcurrentLinkedDeque<Packet> queue = new ConcurrentLinkedDeque<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicLong seen = new AtomicLong();
    private final ObservableList<Arrow> arrows = FXCollections.observableArrayList();
    /** One wrapper kept for good: a wrapper's listeners are weak, a fresh one per call is collected. */
    private final ObservableList<Arrow> readOnlyArrows = FXCollections.unmodifiableObservableList(arrows);
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(this, "total");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final BooleanProperty paused = new SimpleBooleanProperty(this, "paused");
    private final BooleanProperty hidePings = new SimpleBooleanProperty(this, "hidePings");
    private final BooleanProperty slowMotion = new SimpleBooleanProperty(this, "slowMotion");
    private final ObjectProperty<Arrow> selected = new SimpleObjectProperty<>(this, "selected");
    private long clearedAt;
    private Topics topics;

    public SequenceModel(Texts texts) {
        this.texts = texts;
        hidePings.addListener((o, a, b) -> updateStatus());
        updateStatus();
    }

    /** Which client ids are the device and the server. */
    public void setTopics(Topics topics) {
        this.topics = topics;
    }

    /** From any thread: count and queue, never block. */
    public void offer(Packet packet) {
        seen.incrementAndGet();
        queue.addLast(packet);
        if (queued.incrementAndGet() > CAPACITY && queue.pollFirst() != null) {
            queued.decrementAndGet();
        }
    }

    /** Once a frame on the FX thread: draws up to {@code max} queued packets unless paused. */
    public void frame(int max) {
        if (!paused.get()) {
            take(max);
        }
        total.set(seen.get() - clearedAt);
        updateStatus();
    }

    /** While paused: draws the next queued packet (skipping hidden pings). */
    public void step() {
        take(1);
        total.set(seen.get() - clearedAt);
        updateStatus();
    }

    private void take(int max) {
        List<Arrow> added = new ArrayList<>();
        Packet p;
        while (added.size() < max && (p = queue.pollFirst()) != null) {
            queued.decrementAndGet();
            if (hidePings.get() && p.type().isPing()) {
                continue;
            }
            added.add(new Arrow(p, Lifeline.of(p.clientId(), topics)));
        }
        if (added.isEmpty()) {
            return;
        }
        int overflow = arrows.size() + added.size() - CAPACITY;
        if (overflow > 0) {
            if (overflow >= arrows.size()) {
                arrows.clear();
                added = added.subList(added.size() - Math.min(added.size(), CAPACITY), added.size());
            } else {
                arrows.remove(0, overflow);
            }
        }
        arrows.addAll(added);
    }

    /** Forgets what is drawn and queued; the count starts again from zero. */
    public void clear() {
        queue.clear();
        queued.set(0);
        arrows.clear();
        selected.set(null);
        clearedAt = seen.get();
        total.set(0);
        updateStatus();
    }

    private void updateStatus() {
        status.set(texts.format("packets.status", arrows.size(), total.get()));
    }

    public ObservableList<Arrow> arrows() {
        return readOnlyArrows;
    }

    /** The packets seen since the last clear, drawn or not. */
    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanProperty pausedProperty() {
        return paused;
    }

    public BooleanProperty hidePingsProperty() {
        return hidePings;
    }

    public BooleanProperty slowMotionProperty() {
        return slowMotion;
    }

    public ObjectProperty<Arrow> selectedProperty() {
        return selected;
    }

    /** The topics seen in PUBLISH packets on screen, for the wildcard demonstration. */
    public List<String> liveTopics() {
        return arrows.stream().map(a -> a.packet().topic()).filter(t -> t != null && !t.isEmpty())
                .distinct().sorted().toList();
    }

    /** The drawn packets as text, one trace line each with time and client. */
    public String asText() {
        StringBuilder b = new StringBuilder();
        for (Arrow a : arrows) {
            Packet p = a.packet();
            b.append(p.at()).append(' ').append(p.clientId()).append(' ').append(p.traceLine()).append('\n');
        }
        return b.toString();
    }
}
