package lab.nightlight.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ListenerOutboxTest {

    /** An executor that only keeps what it is given, like runLater before the next pulse. */
    private static final class Posted implements Executor {
        final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runOne() {
            tasks.remove().run();
        }
    }

    private final List<IntConsumer> listeners = new CopyOnWriteArrayList<>();
    private final List<Integer> seen = new ArrayList<>();

    @Test
    void anInlineExecutorDeliversEveryCallAtOnceInOrder() {
        listeners.add(seen::add);
        ListenerOutbox<IntConsumer> outbox = new ListenerOutbox<>(listeners, Runnable::run, 4);

        IntStream.range(0, 10).forEach(i -> outbox.offer(l -> l.accept(i)));

        assertEquals(IntStream.range(0, 10).boxed().toList(), seen);
        assertEquals(0, outbox.dropped());
    }

    @Test
    void callsWaitingForOneDrainAreOneTaskOnTheExecutor() {
        listeners.add(seen::add);
        Posted executor = new Posted();
        ListenerOutbox<IntConsumer> outbox = new ListenerOutbox<>(listeners, executor, 100);

        IntStream.range(0, 50).forEach(i -> outbox.offer(l -> l.accept(i)));

        assertEquals(1, executor.tasks.size());
        assertTrue(seen.isEmpty());
        executor.runOne();
        assertEquals(IntStream.range(0, 50).boxed().toList(), seen);
        assertTrue(executor.tasks.isEmpty(), "nothing left, so nothing posted again");
    }

    @Test
    void beyondTheCapacityTheOldestAreDroppedAndCounted() {
        listeners.add(seen::add);
        Posted executor = new Posted();
        ListenerOutbox<IntConsumer> outbox = new ListenerOutbox<>(listeners, executor, 3);

        IntStream.range(0, 10).forEach(i -> outbox.offer(l -> l.accept(i)));
        executor.runOne();

        assertEquals(List.of(7, 8, 9), seen);
        assertEquals(7, outbox.dropped());
    }

    @Test
    void oneDrainDeliversAtMostTheCapacityAndPostsTheRest() {
        List<Integer> fromListener = new ArrayList<>();
        Posted executor = new Posted();
        ListenerOutbox<IntConsumer> outbox = new ListenerOutbox<>(listeners, executor, 3);
        // A listener whose calls bring more calls, as a decision brings a command.
        listeners.add(i -> {
            fromListener.add(i);
            if (i < 5) {
                outbox.offer(l -> l.accept(i + 10));
            }
        });

        IntStream.range(0, 3).forEach(i -> outbox.offer(l -> l.accept(i)));
        executor.runOne();

        assertEquals(List.of(0, 1, 2), fromListener, "the batch stops at the capacity");
        assertEquals(1, executor.tasks.size(), "and the calls it brought are posted for later");
        executor.runOne();
        assertEquals(List.of(0, 1, 2, 10, 11, 12), fromListener);
        assertEquals(0, outbox.dropped());
    }

    @Test
    void anInlineExecutorDoesNotNestOneLevelPerBatch() {
        // Each call brings the next: with a capacity of 1 every call is a batch of its own. Nested,
        // 200,000 of them would overflow the stack.
        int last = 200_000;
        int[] count = {0};
        ListenerOutbox<IntConsumer> outbox = new ListenerOutbox<>(listeners, Runnable::run, 1);
        listeners.add(i -> {
            count[0]++;
            if (i < last) {
                outbox.offer(l -> l.accept(i + 1));
            }
        });

        outbox.offer(l -> l.accept(1));

        assertEquals(last, count[0]);
    }

    @Test
    void aFailingListenerKeepsNeitherTheOthersNorLaterCallsFromRunning() {
        Thread.UncaughtExceptionHandler before = Thread.currentThread().getUncaughtExceptionHandler();
        List<Throwable> reported = new ArrayList<>();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> reported.add(e));
        try {
            listeners.add(i -> {
                throw new IllegalStateException("listener bug " + i);
            });
            listeners.add(seen::add);
            ListenerOutbox<IntConsumer> outbox = new ListenerOutbox<>(listeners, Runnable::run, 4);

            outbox.offer(l -> l.accept(1));
            outbox.offer(l -> l.accept(2));

            assertEquals(List.of(1, 2), seen);
            assertEquals(2, reported.size());
        } finally {
            Thread.currentThread().setUncaughtExceptionHandler(before);
        }
    }

    @Test
    void sentCallsAreNeverDropped() {
        listeners.add(seen::add);
        Posted executor = new Posted();
        ListenerOutbox<IntConsumer> outbox = new ListenerOutbox<>(listeners, executor, 1);

        outbox.send(l -> l.accept(-1));
        IntStream.range(0, 5).forEach(i -> outbox.offer(l -> l.accept(i)));
        while (!executor.tasks.isEmpty()) {
            executor.runOne();
        }

        assertEquals(List.of(-1, 4), seen);
        assertEquals(4, outbox.dropped());
    }
}
