package lab.nightlight.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** The table's list logic with plain observable lists, no toolkit. */
class NewestFirstTest {

    private static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }

    @Test
    void putsTheNewestOnTop() {
        ObservableList<Integer> rows = FXCollections.observableArrayList();
        NewestFirst.add(rows, range(0, 3), 10);
        NewestFirst.add(rows, range(3, 5), 10);
        assertThat(rows).containsExactly(4, 3, 2, 1, 0);
    }

    @Test
    void dropsTheOldestBeyondTheCapacity() {
        ObservableList<Integer> rows = FXCollections.observableArrayList();
        NewestFirst.add(rows, range(0, 8), 10);
        NewestFirst.add(rows, range(8, 13), 10);
        assertThat(rows).hasSize(10).startsWith(12, 11).endsWith(3);
    }

    @Test
    void aBatchLargerThanTheViewKeepsItsNewest() {
        ObservableList<Integer> rows = FXCollections.observableArrayList(range(0, 5));
        NewestFirst.add(rows, range(100, 10_100), 500);
        assertThat(rows).hasSize(500).startsWith(10_099).endsWith(9_600);
    }

    @Test
    void oneBatchIsAtMostTwoChangesForTheTable() {
        ObservableList<Integer> rows = FXCollections.observableArrayList(range(0, 500));
        AtomicInteger changes = new AtomicInteger();
        rows.addListener((ListChangeListener<Integer>) c -> changes.incrementAndGet());
        NewestFirst.add(rows, range(500, 800), 500);
        assertThat(changes).hasValueLessThanOrEqualTo(2);
        assertThat(rows).hasSize(500).startsWith(799);
    }
}
