package lab.nightlight.ui.packets;

import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import lab.nightlight.Pane;
import lab.nightlight.lesson.Presence;
import lab.nightlight.ui.Texts;

/** Binds the demonstrations panel to its {@link DemoViewModel}; each button is one call. */
public final class DemoPanelController {

    private final DemoViewModel model;
    private final Texts texts;

    @FXML
    private CheckBox persistentDeviceBox;
    @FXML
    private CheckBox persistentServerBox;
    @FXML
    private Label presenceLabel;
    @FXML
    private Spinner<Integer> keepAliveSpinner;
    @FXML
    private ListView<LateMessage> lateList;
    @FXML
    private TextField filterField;
    @FXML
    private Label filterResult;

    public DemoPanelController(DemoViewModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
    }

    @FXML
    private void initialize() {
        persistentDeviceBox.setOnAction(e -> model.setPersistent(Pane.DEVICE, persistentDeviceBox.isSelected()));
        persistentServerBox.setOnAction(e -> model.setPersistent(Pane.SERVER, persistentServerBox.isSelected()));
        model.presenceProperty().addListener((o, a, p) -> showPresence(p));
        showPresence(model.presenceProperty().get());
        keepAliveSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(2, 300, 10));
        lateList.setItems(model.lateMessages());
        lateList.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LateMessage m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null
                        : texts.format("packets.demo.late.line", m.payload(), Boolean.toString(m.retain())));
            }
        });
        filterField.textProperty().bindBidirectional(model.filterProperty());
        filterField.setOnAction(e -> model.updateFilter());
        filterResult.textProperty().bind(model.filterResultProperty());
        model.updateFilter();
    }

    private void showPresence(Presence p) {
        String key = switch (p) {
            case ONLINE -> "packets.demo.will.online";
            case OFFLINE -> "packets.demo.will.offline";
            case UNKNOWN -> "packets.demo.will.unknown";
        };
        presenceLabel.setText(texts.get(key));
        presenceLabel.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("offline"), p == Presence.OFFLINE);
    }

    @FXML
    private void qos0() {
        model.qos(0);
    }

    @FXML
    private void qos1() {
        model.qos(1);
    }

    @FXML
    private void qos2() {
        model.qos(2);
    }

    @FXML
    private void cutDevice() {
        model.pullThePlug(Pane.DEVICE, true);
    }

    @FXML
    private void crashDevice() {
        model.pullThePlug(Pane.DEVICE, false);
    }

    @FXML
    private void plugDevice() {
        model.plugIn(Pane.DEVICE);
    }

    @FXML
    private void cutServer() {
        model.pullThePlug(Pane.SERVER, true);
    }

    @FXML
    private void crashServer() {
        model.pullThePlug(Pane.SERVER, false);
    }

    @FXML
    private void plugServer() {
        model.plugIn(Pane.SERVER);
    }

    @FXML
    private void keepAliveDevice() {
        model.applyKeepAlive(Pane.DEVICE, keepAliveSpinner.getValue());
    }

    @FXML
    private void keepAliveServer() {
        model.applyKeepAlive(Pane.SERVER, keepAliveSpinner.getValue());
    }

    @FXML
    private void late() {
        model.startLateSubscriber();
    }

    @FXML
    private void clearRetained() {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, texts.get("packets.demo.clearRetained.confirm"),
                ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText(null);
        confirm.setTitle(texts.get("packets.demo.clearRetained"));
        confirm.initOwner(presenceLabel.getScene().getWindow());
        confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.clearRetained());
    }
}
