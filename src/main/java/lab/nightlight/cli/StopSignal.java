package lab.nightlight.cli;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How a long-running command learns that it should stop, and says that it has cleaned up.
 *
 * <p>In a real run a JVM shutdown hook (Ctrl-C, SIGTERM, a closed console) requests the stop and
 * then waits, at most {@link #CLEANUP_LIMIT}, until the command has disconnected cleanly and
 * stopped its broker: after the hooks the JVM ends at once. The JVM then exits with its own
 * status for the signal (130 for Ctrl-C, 143 for SIGTERM: 128 + the signal's number), which is
 * what shells and supervisors expect from a program stopped by a signal. Tests request the stop
 * by hand and get the code they asked for.
 */
final class StopSignal {

    static final Duration CLEANUP_LIMIT = Duration.ofSeconds(15);

    private final boolean hookIntoJvm;
    private final AtomicBoolean armed = new AtomicBoolean();
    private final CompletableFuture<Integer> requested = new CompletableFuture<>();
    private final CountDownLatch cleanedUp = new CountDownLatch(1);

    private StopSignal(boolean hookIntoJvm) {
        this.hookIntoJvm = hookIntoJvm;
    }

    /** Stops when the JVM shuts down. */
    static StopSignal forThisProcess() {
        return new StopSignal(true);
    }

    /** Stops only when {@link #request(int)} is called (tests). */
    static StopSignal manual() {
        return new StopSignal(false);
    }

    /**
     * Called by a command that runs until stopped. Only then is the shutdown hook added, so that
     * {@code --help} or a bad argument exits without waiting for a clean-up that never comes.
     */
    void arm() {
        if (hookIntoJvm && armed.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(this::onJvmShutdown, "nightlight-cli-stop"));
        }
    }

    private void onJvmShutdown() {
        request(Cli.INTERRUPTED);
        try {
            cleanedUp.await(CLEANUP_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks the command to stop and return {@code exitCode}; the first request wins. */
    void request(int exitCode) {
        requested.complete(exitCode);
    }

    /** Completes with the exit code when a stop is requested. */
    CompletableFuture<Integer> requested() {
        return requested;
    }

    boolean isRequested() {
        return requested.isDone();
    }

    /** The requested exit code, or {@code fallback} if none was requested. */
    int exitCode(int fallback) {
        return requested.getNow(fallback);
    }

    /** Blocks until a stop is requested; returns its exit code. */
    int await() {
        return requested.join();
    }

    /** Waits at most {@code timeout}; true if a stop was requested meanwhile. */
    boolean awaitFor(Duration timeout) {
        try {
            requested.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        } catch (ExecutionException e) {
            return true;
        }
    }

    /** The command has disconnected and stopped what it started; the JVM may end. */
    void cleanedUp() {
        cleanedUp.countDown();
    }
}
