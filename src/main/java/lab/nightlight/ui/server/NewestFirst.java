package lab.nightlight.ui.server;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;

/**
 * Puts a batch of new rows on top of a bounded list, newest first, with at most two list
 * changes (one removal at the bottom, one insertion at the top), so a table redraws once per
 * batch however large the batch is.
 */
final class NewestFirst {

    private NewestFirst() {
    }

    /**
     * @param rows     the shown rows, newest first
     * @param batch    new rows, oldest first
     * @param capacity most rows kept
     */
    static <R> void add(ObservableList<R> rows, List<R> batch, int capacity) {
        if (batch.isEmpty()) {
            return;
        }
        List<R> top = new ArrayList<>(Math.min(batch.size(), capacity));
        for (int i = batch.size() - 1; i >= 0 && top.size() < capacity; i--) {
            top.add(batch.get(i));
        }
        if (top.size() >= capacity) {
            rows.setAll(top);
            return;
        }
        int overflow = rows.size() + top.size() - capacity;
        if (overflow > 0) {
            rows.remove(rows.size() - overflow, rows.size());
        }
        rows.addAll(0, top);
    }
}
