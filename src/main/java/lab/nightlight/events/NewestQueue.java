package lab.nightlight.events;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Items offered one by one (from any thread) and taken in batches, keeping at most
 * {@code capacity} waiting: the newest, the oldest dropped and counted. For what a view shows
 * only the newest of anyway, such as a table's rows or the listener calls of a flood; a paused
 * view or 10,000 messages at once then cost bounded memory and one batch per frame.
 */
public final class NewestQueue<T> {

    private final int capacity;
    private final ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();

    public NewestQueue(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    public int capacity() {
        return capacity;
    }

    public void offer(T item) {
        queue.add(item);
        if (size.incrementAndGet() > capacity && queue.poll() != null) {
            size.decrementAndGet();
            dropped.incrementAndGet();
        }
    }

    /** Items waiting (at most the capacity). */
    public int waiting() {
        return size.get();
    }

    /** Items dropped because {@code capacity} were waiting. */
    public long dropped() {
        return dropped.get();
    }

    /** Takes everything waiting, oldest first. */
    public List<T> drain() {
        return drain(Integer.MAX_VALUE);
    }

    /** Takes at most {@code max} of what is waiting, oldest first. */
    public List<T> drain(int max) {
        List<T> batch = new ArrayList<>(Math.min(size.get(), Math.min(max, capacity)));
        T item;
        while (batch.size() < max && (item = queue.poll()) != null) {
            size.decrementAndGet();
            batch.add(item);
        }
        return batch;
    }

    public void clear() {
        while (queue.poll() != null) {
            size.decrementAndGet();
        }
    }
}
