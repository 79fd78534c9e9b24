package lab.nightlight.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The server's log keeps the newest entries and never lies about how many it dropped. */
class BoundedLogTest {

    @Test
    void belowCapacityEverythingIsKeptOldestFirst() {
        BoundedLog<Integer> log = new BoundedLog<>(5);
        log.add(1);
        log.add(2);
        log.add(3);

        assertThat(log.snapshot()).containsExactly(1, 2, 3);
        assertThat(log.added()).isEqualTo(3);
        assertThat(log.dropped()).isZero();
        assertThat(log.capacity()).isEqualTo(5);
    }

    @Test
    void pastCapacityTheNewestAreKeptOldestFirstAndTheRestCounted() {
        BoundedLog<Integer> log = new BoundedLog<>(5);
        IntStream.rangeClosed(1, 12).forEach(log::add);

        assertThat(log.snapshot()).containsExactly(8, 9, 10, 11, 12);
        assertThat(log.added()).isEqualTo(12);
        assertThat(log.dropped()).isEqualTo(7);
    }

    @Test
    void exactlyAtCapacityNothingIsDropped() {
        BoundedLog<Integer> log = new BoundedLog<>(3);
        IntStream.rangeClosed(1, 3).forEach(log::add);

        assertThat(log.snapshot()).containsExactly(1, 2, 3);
        assertThat(log.dropped()).isZero();
        log.add(4);
        assertThat(log.snapshot()).containsExactly(2, 3, 4);
        assertThat(log.dropped()).isEqualTo(1);
    }

    @Test
    void aCapacityOfOneKeepsTheLast() {
        BoundedLog<String> log = new BoundedLog<>(1);
        log.add("a");
        log.add("b");
        assertThat(log.snapshot()).containsExactly("b");
        assertThat(log.dropped()).isEqualTo(1);
    }

    @Test
    void clearEmptiesAndZeroesTheCountsAndTheLogIsUsableAgain() {
        BoundedLog<Integer> log = new BoundedLog<>(3);
        IntStream.rangeClosed(1, 10).forEach(log::add);

        log.clear();
        assertThat(log.snapshot()).isEmpty();
        assertThat(log.added()).isZero();
        assertThat(log.dropped()).isZero();

        log.add(42);
        assertThat(log.snapshot()).containsExactly(42);
    }

    @Test
    void aSnapshotIsACopyThatLaterAddsDoNotChange() {
        BoundedLog<Integer> log = new BoundedLog<>(3);
        log.add(1);
        List<Integer> snapshot = log.snapshot();
        log.add(2);
        assertThat(snapshot).containsExactly(1);
    }

    @Test
    void aCapacityBelowOneIsRefused() {
        assertThatThrownBy(() -> new BoundedLog<>(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrentAddsAreAllCounted() throws Exception {
        BoundedLog<Integer> log = new BoundedLog<>(100);
        int threads = 4;
        int each = 10_000;
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < each; i++) {
                    log.add(i);
                }
            });
            w.start();
            workers.add(w);
        }
        go.countDown();
        for (Thread w : workers) {
            w.join(20_000);
        }

        assertThat(log.added()).isEqualTo((long) threads * each);
        assertThat(log.dropped()).isEqualTo((long) threads * each - 100);
        assertThat(log.snapshot()).hasSize(100).doesNotContainNull();
    }
}
