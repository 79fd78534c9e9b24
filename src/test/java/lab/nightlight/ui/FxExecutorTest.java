package lab.nightlight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The seam without a toolkit: a fake runLater queue stands in for the FX thread. */
class FxExecutorTest {

    private final Queue<Runnable> posted = new ArrayDeque<>();
    private final AtomicBoolean onFx = new AtomicBoolean();
    private final FxExecutor executor = new FxExecutor(posted::add, onFx::get);

    /** Runs what was posted, as the FX thread would, until nothing is left. */
    private int runFxThread() {
        int runs = 0;
        onFx.set(true);
        Runnable r;
        while ((r = posted.poll()) != null) {
            r.run();
            runs++;
        }
        onFx.set(false);
        return runs;
    }

    @Test
    void onTheFxThreadATaskRunsAtOnce() {
        onFx.set(true);
        List<String> log = new ArrayList<>();
        executor.execute(() -> log.add("now"));
        assertThat(log).containsExactly("now");
        assertThat(posted).isEmpty();
    }

    @Test
    void fromOtherThreadsTasksRunInOrderThroughOnePost() {
        List<Integer> log = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            int n = i;
            executor.execute(() -> log.add(n));
        }
        assertThat(posted).hasSize(1);
        runFxThread();
        assertThat(log).hasSize(1000).isSorted();
    }

    @Test
    void aLongQueueIsDrainedInSlicesSoOtherWorkGetsTurns() {
        List<Integer> log = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            executor.execute(() -> {
                long until = System.nanoTime() + 2_000_000;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
                log.add(n);
            });
        }
        int posts = runFxThread();
        assertThat(log).hasSize(50).isSorted();
        // 50 tasks of 2 ms in slices of about 8 ms: several posts, each letting other work in between
        assertThat(posts).isGreaterThan(3);
    }

    @Test
    void aFailingTaskDoesNotStopTheOnesBehindIt() throws Exception {
        List<String> log = new ArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.currentThread().getUncaughtExceptionHandler();
        List<Throwable> reported = new ArrayList<>();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> reported.add(e));
        try {
            executor.execute(() -> {
                throw new IllegalStateException("listener bug");
            });
            executor.execute(() -> log.add("after"));
            runFxThread();
        } finally {
            Thread.currentThread().setUncaughtExceptionHandler(before);
        }
        assertThat(log).containsExactly("after");
        assertThat(reported).hasSize(1);
        assertThat(reported.get(0)).hasMessage("listener bug");
    }

    @Test
    void aTaskQueuedWhileDrainingIsNotLost() {
        List<String> log = new ArrayList<>();
        executor.execute(() -> {
            // another thread adds while the FX thread drains: simulate by queuing from inside
            onFx.set(false);
            executor.execute(() -> log.add("late"));
            onFx.set(true);
            log.add("first");
        });
        runFxThread();
        assertThat(log).containsExactly("first", "late");
    }
}
