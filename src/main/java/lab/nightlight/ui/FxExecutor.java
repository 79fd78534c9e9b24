package lab.nightlight.ui;

import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The one seam between the core's threads and the FX thread. The app creates one and passes it
 * as the {@link java.util.concurrent.Executor} of {@code App.Config}, so every listener of the
 * device, the server and their connections is called on the FX thread and no feature code calls
 * {@code Platform.runLater}. (The device and the server handle their messages on the MQTT
 * client's thread and send their per-message calls here in bounded batches, see
 * {@code ListenerOutbox}: a queue of one task per message is what this executor cannot bound.)
 *
 * <p>On the FX thread a task runs inline. From any other thread it joins a queue; one
 * {@code runLater} drains the queue in order for at most {@link #BUDGET_MILLIS} ms and hands the
 * rest to the next {@code runLater}. A flood of 10,000 messages therefore costs a few hundred
 * {@code runLater}s instead of 30,000, and rendering, clicks and other work get their turn between
 * slices.
 */
public final class FxExecutor implements Executor {

    /** How long one slice of queued tasks may hold the FX thread. */
    static final long BUDGET_MILLIS = 8;

    private final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Consumer<Runnable> post;
    private final BooleanSupplier onFxThread;

    public FxExecutor() {
        this(Platform::runLater, Platform::isFxApplicationThread);
    }

    /** For tests without a toolkit: {@code post} stands in for runLater. */
    FxExecutor(Consumer<Runnable> post, BooleanSupplier onFxThread) {
        this.post = Objects.requireNonNull(post);
        this.onFxThread = Objects.requireNonNull(onFxThread);
    }

    @Override
    public void execute(Runnable task) {
        Objects.requireNonNull(task);
        if (onFxThread.getAsBoolean()) {
            runSafely(task);
            return;
        }
        queue.add(task);
        if (scheduled.compareAndSet(false, true)) {
            post.accept(this::drain);
        }
    }

    private void drain() {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BUDGET_MILLIS);
        Runnable task;
        while ((task = queue.poll()) != null) {
            runSafely(task);
            if (System.nanoTime() - deadline > 0) {
                break;
            }
        }
        scheduled.set(false);
        // A task added after the last poll saw `scheduled` still true and did not post: post now.
        if (!queue.isEmpty() && scheduled.compareAndSet(false, true)) {
            post.accept(this::drain);
        }
    }

    /** One failing listener must not swallow the tasks queued behind it. */
    private static void runSafely(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            Thread t = Thread.currentThread();
            t.getUncaughtExceptionHandler().uncaughtException(t, e);
        }
    }
}
