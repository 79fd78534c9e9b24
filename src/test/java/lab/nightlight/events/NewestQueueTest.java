package lab.nightlight.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NewestQueueTest {

    @Test
    void drainsWhatCameOldestFirst() {
        NewestQueue<Integer> feed = new NewestQueue<>(10);
        IntStream.range(0, 5).forEach(feed::offer);
        assertThat(feed.drain()).containsExactly(0, 1, 2, 3, 4);
        assertThat(feed.drain()).isEmpty();
    }

    @Test
    void keepsOnlyTheNewestWhenMoreArriveThanAViewShows() {
        NewestQueue<Integer> feed = new NewestQueue<>(500);
        IntStream.range(0, 10_000).forEach(feed::offer);
        assertThat(feed.waiting()).isEqualTo(500);
        List<Integer> batch = feed.drain();
        assertThat(batch).hasSize(500).startsWith(9_500).endsWith(9_999);
    }

    @Test
    void staysBoundedWithManyThreadsOffering() throws Exception {
        NewestQueue<Integer> feed = new NewestQueue<>(100);
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                IntStream.range(0, 5_000).forEach(feed::offer);
            });
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertThat(feed.waiting()).isEqualTo(100);
        assertThat(feed.drain()).hasSize(100);
        assertThat(feed.waiting()).isZero();
    }
}
