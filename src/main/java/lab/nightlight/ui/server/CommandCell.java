package lab.nightlight.ui.server;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A sent command in two short lines: "LED on  12:00:01" over "QoS 1, retained". */
final class CommandCell extends ListCell<CommandRow> {

    private final FontIcon icon = new FontIcon();
    private final Label command = new Label();
    private final Label time = new Label();
    private final Label details = new Label();
    private final VBox box;

    CommandCell() {
        getStyleClass().add("command-cell");
        command.getStyleClass().add("command-what");
        command.setGraphic(icon);
        time.getStyleClass().add("muted");
        details.getStyleClass().add("muted");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(6, command, gap, time);
        top.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(2, top, details);
        // the list's width, never wider: no sideways scrolling
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(CommandRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        icon.setIconLiteral(row.ledOn() ? "mdi2l-lightbulb-on" : "mdi2l-lightbulb-outline");
        command.setText(row.command());
        time.setText(row.time());
        details.setText(row.details());
        setGraphic(box);
    }
}
