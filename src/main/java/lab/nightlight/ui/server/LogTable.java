package lab.nightlight.ui.server;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import lab.nightlight.ui.Texts;

/**
 * Sets up the telemetry table: fixed row height (so a flood costs only the visible rows), no
 * sorting (the order is time), rejected rows and LED-on decisions marked with pseudo-classes.
 */
final class LogTable {

    private static final PseudoClass REJECTED = PseudoClass.getPseudoClass("rejected");
    private static final PseudoClass LED_ON = PseudoClass.getPseudoClass("led-on");

    private LogTable() {
    }

    static void setUp(TableView<LogRow> table, Texts texts) {
        table.setFixedCellSize(26);
        table.setPlaceholder(new Label(texts.get("server.log.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        String yes = texts.get("server.log.retain.yes");
        table.getColumns().setAll(
                column(texts.get("server.log.time"), LogRow::time, 104),
                column(texts.get("server.log.topic"), LogRow::topic, 150),
                column(texts.get("server.log.light"), LogRow::light, 56),
                column(texts.get("server.log.qos"), LogRow::qos, 52),
                column(texts.get("server.log.retain"), r -> r.retain() ? yes : "", 66),
                column(texts.get("server.log.decision"), LogRow::decision, 150));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(LogRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(REJECTED, !empty && row != null && row.rejected());
                pseudoClassStateChanged(LED_ON, !empty && row != null && row.ledOn());
            }
        });
    }

    private static TableColumn<LogRow, String> column(String title, Function<LogRow, String> value, double width) {
        TableColumn<LogRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setSortable(false);
        c.setReorderable(false);
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 46));
        return c;
    }
}
