package lab.nightlight.ui.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Between the server's callbacks and the table: entries are offered one by one (from any thread)
 * and drained in one batch per frame. It keeps at most {@code capacity} waiting entries, the
 * newest, because no table shows more than that anyway; a paused view or a flood of 10,000
 * messages therefore costs bounded memory and one table update per frame.
 */
public final class LogFeed<T> {

    private final int capacity;
    private final ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();

    public LogFeed(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    public int capacity() {
        return capacity;
    }

    public void offer(T entry) {
        queue.add(entry);
        if (size.incrementAndGet() > capacity && queue.poll() != null) {
            size.decrementAndGet();
        }
    }

    /** Entries waiting to be shown (at most the capacity). */
    public int waiting() {
        return size.get();
    }

    /** Takes everything waiting, oldest first. */
    public List<T> drain() {
        List<T> batch = new ArrayList<>(Math.min(size.get(), capacity));
        T entry;
        while ((entry = queue.poll()) != null) {
            size.decrementAndGet();
            batch.add(entry);
        }
        return batch;
    }

    public void clear() {
        while (queue.poll() != null) {
            size.decrementAndGet();
        }
    }
}
