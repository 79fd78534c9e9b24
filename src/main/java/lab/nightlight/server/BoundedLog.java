package lab.nightlight.server;

import java.util.ArrayList;
import java.util.List;

/**
 * The newest {@code capacity} entries, with an exact count of all ever added, so a view can say
 * "showing 1,000 of 20,000" instead of pretending it saw everything. Thread-safe.
 */
public final class BoundedLog<T> {

    private final Object[] ring;
    private long added;

    public BoundedLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        ring = new Object[capacity];
    }

    public synchronized void add(T entry) {
        ring[(int) (added % ring.length)] = entry;
        added++;
    }

    /** All entries ever added (since the last clear). */
    public synchronized long added() {
        return added;
    }

    /** Entries no longer kept: added beyond the capacity. */
    public synchronized long dropped() {
        return Math.max(0, added - ring.length);
    }

    public int capacity() {
        return ring.length;
    }

    /** The kept entries, oldest first. */
    @SuppressWarnings("unchecked")
    public synchronized List<T> snapshot() {
        int size = (int) Math.min(added, ring.length);
        List<T> out = new ArrayList<>(size);
        for (long i = added - size; i < added; i++) {
            out.add((T) ring[(int) (i % ring.length)]);
        }
        return out;
    }

    public synchronized void clear() {
        java.util.Arrays.fill(ring, null);
        added = 0;
    }
}
