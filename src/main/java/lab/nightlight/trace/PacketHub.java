package lab.nightlight.trace;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Where observers publish packets and viewers listen. Listeners run on the observer's thread (a
 * broker or relay thread): they must only hand the packet on (queue it), never block.
 */
public final class PacketHub {

    private final List<Consumer<Packet>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong sequence = new AtomicLong();

    public AutoCloseable listen(Consumer<Packet> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public boolean hasListeners() {
        return !listeners.isEmpty();
    }

    /** The next sequence number: packets are numbered in the order they were seen. */
    public long nextSequence() {
        return sequence.incrementAndGet();
    }

    public void publish(Packet packet) {
        for (Consumer<Packet> l : listeners) {
            l.accept(packet);
        }
    }
}
