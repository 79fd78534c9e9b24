package lab.nightlight.ui.device;

import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import lab.nightlight.mqtt.Qos;
import lab.nightlight.ui.Controls;
import lab.nightlight.ui.Phrases;
import lab.nightlight.ui.Texts;
import lab.nightlight.ui.led.LedIndicator;
import org.kordamp.ikonli.javafx.FontIcon;

/** Binds the device pane to its view model and forwards the buttons. */
public final class DevicePaneController {

    private final DeviceViewModel model;
    private final Texts texts;
    private Timeline ticker;

    @FXML
    private Region deviceDot;
    @FXML
    private Label deviceState;
    @FXML
    private Button deviceConnectButton;
    @FXML
    private Label deviceTopics;
    @FXML
    private javafx.scene.control.TextField deviceIdField;
    @FXML
    private Button applyIdButton;
    @FXML
    private Button newIdButton;
    @FXML
    private Label idProblem;
    @FXML
    private LedIndicator led;
    @FXML
    private Label ledText;
    @FXML
    private Label lastCommand;
    @FXML
    private ColorPicker ledColor;
    @FXML
    private Slider lightSlider;
    @FXML
    private Label lightValue;
    @FXML
    private Spinner<Integer> intervalSpinner;
    @FXML
    private CheckBox sendOnChange;
    @FXML
    private ComboBox<Qos> telemetryQos;
    @FXML
    private Button sendNowButton;
    @FXML
    private Label sentCount;
    @FXML
    private Label receivedCount;
    @FXML
    private Label rejectedCount;

    public DevicePaneController(DeviceViewModel model, Texts texts) {
        this.model = Objects.requireNonNull(model);
        this.texts = Objects.requireNonNull(texts);
    }

    @FXML
    private void initialize() {
        Controls.statusDot(deviceDot, model.statusProperty());
        deviceState.textProperty().bind(model.stateTextProperty());
        deviceConnectButton.textProperty().bind(Bindings.when(model.onlineProperty())
                .then(texts.get("pane.disconnect")).otherwise(texts.get("pane.connect")));
        model.onlineProperty().addListener((obs, old, online) -> connectIcon(online));
        connectIcon(model.onlineProperty().get());
        deviceTopics.textProperty().bind(model.topicsTextProperty());

        deviceIdField.textProperty().bindBidirectional(model.idTextProperty());
        idProblem.textProperty().bind(model.idProblemProperty());
        idProblem.visibleProperty().bind(model.idProblemProperty().isNotEmpty());
        idProblem.managedProperty().bind(idProblem.visibleProperty());
        applyIdButton.disableProperty().bind(model.idProblemProperty().isNotEmpty()
                .or(model.changingIdProperty())
                .or(model.idTextProperty().isEqualTo(model.currentIdProperty())));

        led.onProperty().bind(model.ledOnProperty());
        led.accessibleTextProperty().bind(model.ledTextProperty());
        ledText.textProperty().bind(model.ledTextProperty());
        ledText.graphicProperty().bind(Bindings.when(model.ledOnProperty())
                .then(new FontIcon("mdi2l-lightbulb-on")).otherwise(new FontIcon("mdi2l-lightbulb-outline")));
        lastCommand.textProperty().bind(model.lastCommandTextProperty());
        ledColor.valueProperty().bindBidirectional(led.colorProperty());

        lightSlider.valueProperty().bindBidirectional(model.lightProperty());
        // A screen reader hears the number, not only "slider".
        lightSlider.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> texts.format("classroom.a11y.light", model.lightProperty().get()), model.lightProperty()));
        lightValue.textProperty().bind(model.lightProperty().asString());

        intervalSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 3600,
                model.intervalSecondsProperty().get(), 1));
        intervalSpinner.getValueFactory().valueProperty().bindBidirectional(model.intervalSecondsProperty());
        // A typed number counts when the field loses focus, not only on Enter.
        intervalSpinner.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                intervalSpinner.increment(0);
            }
        });
        sendOnChange.selectedProperty().bindBidirectional(model.sendOnChangeProperty());
        Controls.qosChoice(telemetryQos, new Phrases(texts));
        telemetryQos.valueProperty().bindBidirectional(model.telemetryQosProperty());
        sendNowButton.disableProperty().bind(model.connectedProperty().not());

        sentCount.textProperty().bind(Controls.count(model.sentProperty(), texts));
        receivedCount.textProperty().bind(Controls.count(model.receivedProperty(), texts));
        rejectedCount.textProperty().bind(Controls.count(model.rejectedProperty(), texts));

        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
    }

    private void connectIcon(boolean online) {
        deviceConnectButton.setGraphic(new FontIcon(online ? "mdi2l-lan-disconnect" : "mdi2l-lan-connect"));
    }

    @FXML
    private void toggleConnection() {
        model.toggleConnection();
    }

    @FXML
    private void applyId() {
        model.applyId();
    }

    @FXML
    private void newId() {
        model.suggestId();
        deviceIdField.requestFocus();
    }

    @FXML
    private void sendNow() {
        model.sendNow();
    }

    /** Stops the clock (the window is closing). */
    public void dispose() {
        if (ticker != null) {
            ticker.stop();
        }
    }
}
