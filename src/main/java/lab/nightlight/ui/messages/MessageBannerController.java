package lab.nightlight.ui.messages;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import lab.nightlight.ui.Texts;
import org.kordamp.ikonli.javafx.FontIcon;

/** The message area under the connection bar: the newest note, earlier ones in a menu. */
public final class MessageBannerController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final MessagesViewModel model;
    private final Texts texts;

    @FXML
    private HBox banner;
    @FXML
    private FontIcon icon;
    @FXML
    private Label messageText;
    @FXML
    private Label messageCount;
    @FXML
    private MenuButton earlierMessages;
    @FXML
    private Button dismissButton;

    public MessageBannerController(MessagesViewModel model, Texts texts) {
        this.model = Objects.requireNonNull(model);
        this.texts = Objects.requireNonNull(texts);
    }

    @FXML
    private void initialize() {
        model.currentProperty().addListener((obs, old, note) -> show(note));
        show(model.currentProperty().get());
        earlierMessages.setOnShowing(e -> earlierMessages.getItems().setAll(model.recent().stream().map(note -> {
            MenuItem item = new MenuItem(TIME.format(note.at()) + "  " + withCount(note));
            item.setOnAction(a -> model.show(note));
            return item;
        }).toList()));
        earlierMessages.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.recent()));
    }

    @FXML
    private void dismiss() {
        model.dismiss();
    }

    private void show(Note note) {
        for (Note.Level level : Note.Level.values()) {
            banner.getStyleClass().remove(level.styleClass());
        }
        banner.getStyleClass().remove("note-none");
        if (note == null) {
            banner.getStyleClass().add("note-none");
            icon.setIconLiteral("mdi2c-check-circle-outline");
            messageText.setText(texts.get("messages.none"));
            messageCount.setText("");
            dismissButton.setVisible(false);
            return;
        }
        banner.getStyleClass().add(note.level().styleClass());
        icon.setIconLiteral(switch (note.level()) {
            case INFO -> "mdi2i-information-outline";
            case SUCCESS -> "mdi2c-check-circle-outline";
            case WARNING, ERROR -> "mdi2a-alert-circle-outline";
        });
        messageText.setText(note.text());
        messageCount.setText(note.count() > 1 ? texts.format("messages.count", note.count()) : "");
        dismissButton.setVisible(true);
    }

    private String withCount(Note note) {
        return note.count() > 1 ? note.text() + " " + texts.format("messages.count", note.count()) : note.text();
    }
}
