package lab.nightlight.events;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Carries a service's per-message listener calls from its network threads to its listeners'
 * executor (the FX thread in the window) in batches, keeping at most {@code capacity} calls
 * waiting.
 *
 * <p>Why: one task per message on the FX thread is an unbounded queue. A flood of 20,000
 * messages a second that the FX thread cannot follow piled up a million tasks and hundreds of MB
 * there, and kept the network threads from ever feeling the flood, so the broker's flow control
 * never engaged. Here at most one drain waits on the executor, and when more calls wait than
 * {@code capacity} the oldest are dropped and counted: listeners of these calls show the newest
 * entries of a log or the latest state; exact totals come from the service's counters.
 *
 * <p>Calls that must never be dropped (a presence change) go through {@link #send}, which hands
 * them to the executor one by one, as before.
 */
public final class ListenerOutbox<L> {

    private final List<L> listeners;
    private final Executor executor;
    private final NewestQueue<Consumer<L>> queue;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    /** The thread in {@link #drain}, to notice an executor that runs the drain inline. */
    private volatile Thread drainer;
    /** Set by a drain that found itself nested in another on the same thread. */
    private boolean again;

    /**
     * @param listeners the service's listeners (a concurrent list: read while calls are delivered)
     * @param executor  where listeners are called
     * @param capacity  calls that may wait; beyond it the oldest are dropped
     */
    public ListenerOutbox(List<L> listeners, Executor executor, int capacity) {
        this.queue = new NewestQueue<>(capacity);
        this.listeners = Objects.requireNonNull(listeners, "listeners");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /** Queues a call for every listener; the oldest waiting call is dropped if {@code capacity} wait. */
    public void offer(Consumer<L> call) {
        queue.offer(Objects.requireNonNull(call));
        schedule();
    }

    /** Hands a call that must not be dropped to the executor on its own. */
    public void send(Consumer<L> call) {
        Objects.requireNonNull(call);
        executor.execute(() -> listeners.forEach(call));
    }

    /** Calls dropped because more than {@code capacity} waited. */
    public long dropped() {
        return queue.dropped();
    }

    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        if (drainer == Thread.currentThread()) {
            // The executor ran this inline from the drain below: let that loop go on instead of
            // nesting one level deeper per batch.
            again = true;
            return;
        }
        drainer = Thread.currentThread();
        try {
            do {
                again = false;
                deliverBatch();
                scheduled.set(false);
                // A call added after the last poll saw `scheduled` still true and did not schedule.
                if (queue.waiting() > 0) {
                    schedule();
                }
            } while (again);
        } finally {
            drainer = null;
        }
    }

    /** At most {@code capacity} calls, so that a posting executor gets its other work done between batches. */
    private void deliverBatch() {
        for (Consumer<L> call : queue.drain(queue.capacity())) {
            for (L listener : listeners) {
                deliver(call, listener);
            }
        }
    }

    /** One failing listener must not keep the others, or the calls behind it, from running. */
    private static <L> void deliver(Consumer<L> call, L listener) {
        try {
            call.accept(listener);
        } catch (RuntimeException e) {
            Thread t = Thread.currentThread();
            t.getUncaughtExceptionHandler().uncaughtException(t, e);
        }
    }
}
