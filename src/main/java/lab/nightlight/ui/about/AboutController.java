package lab.nightlight.ui.about;

import java.io.InputStream;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import lab.nightlight.system.AppInfo;
import lab.nightlight.ui.Texts;

/** Fills the About view from {@link AppInfo}: facts only, nothing to edit. */
public final class AboutController {

    private final Texts texts;

    @FXML
    private ImageView icon;
    @FXML
    private Label versionText;
    @FXML
    private Label runtimeText;
    @FXML
    private TableView<AppInfo.Component> components;
    @FXML
    private TableColumn<AppInfo.Component, String> nameColumn;
    @FXML
    private TableColumn<AppInfo.Component, String> versionColumn;
    @FXML
    private TableColumn<AppInfo.Component, String> licenceColumn;
    @FXML
    private TextArea licencesText;

    public AboutController(Texts texts) {
        this.texts = Objects.requireNonNull(texts);
    }

    @FXML
    private void initialize() {
        try (InputStream in = AboutController.class.getResourceAsStream("/lab/nightlight/icons/nightlight-128.png")) {
            if (in != null) {
                icon.setImage(new Image(in));
            }
        } catch (java.io.IOException e) {
            // no icon is no reason to hide the facts
        }
        String version = AppInfo.version();
        versionText.setText(version == null ? texts.get("about.version.dev") : texts.format("about.version", version));
        String javafx = System.getProperty("javafx.runtime.version", "?");
        runtimeText.setText(texts.format("about.runtime", AppInfo.javaRuntime(), javafx));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        versionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().version()));
        licenceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().licence()));
        // Long names and licences are cut in the table; the row's tooltip has them whole.
        components.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(AppInfo.Component item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null
                        : new javafx.scene.control.Tooltip(item.name() + "\n" + item.version() + "\n" + item.licence()));
            }
        });
        components.getItems().setAll(AppInfo.components());
        licencesText.setText(AppInfo.licencesText());
    }
}
