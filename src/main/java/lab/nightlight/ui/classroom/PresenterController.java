package lab.nightlight.ui.classroom;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import lab.nightlight.ui.Texts;
import lab.nightlight.ui.device.DeviceViewModel;
import lab.nightlight.ui.led.LedIndicator;
import lab.nightlight.ui.server.ServerViewModel;

/**
 * Presenter mode: the LED, the light slider, the threshold and the last decision, large. Binds to
 * the same view models as the panes, so both views always agree.
 */
public final class PresenterController {

    private final ClassroomViewModel classroom;
    private final DeviceViewModel device;
    private final ServerViewModel server;
    private final Texts texts;

    @FXML
    private HBox presenterView;
    @FXML
    private LedIndicator presenterLed;
    @FXML
    private Label presenterLedText;
    @FXML
    private Slider presenterLight;
    @FXML
    private Label presenterLightValue;
    @FXML
    private Slider presenterThreshold;
    @FXML
    private Label presenterThresholdValue;
    @FXML
    private Label presenterDecision;

    public PresenterController(ClassroomViewModel classroom, DeviceViewModel device, ServerViewModel server,
                               Texts texts) {
        this.classroom = Objects.requireNonNull(classroom);
        this.device = Objects.requireNonNull(device);
        this.server = Objects.requireNonNull(server);
        this.texts = Objects.requireNonNull(texts);
    }

    @FXML
    private void initialize() {
        presenterView.visibleProperty().bind(classroom.presenterProperty());
        presenterView.managedProperty().bind(classroom.presenterProperty());

        presenterLed.onProperty().bind(device.ledOnProperty());
        presenterLed.accessibleTextProperty().bind(device.ledTextProperty());
        presenterLedText.textProperty().bind(device.ledTextProperty());

        presenterLight.valueProperty().bindBidirectional(device.lightProperty());
        presenterLightValue.textProperty().bind(Numbers.integer(device.lightProperty(), texts));
        presenterLight.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> texts.format("classroom.a11y.light", device.lightProperty().get()), device.lightProperty()));

        presenterThreshold.valueProperty().bindBidirectional(server.thresholdProperty());
        presenterThresholdValue.textProperty().bind(Numbers.integer(server.thresholdProperty(), texts));
        presenterThreshold.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> texts.format("classroom.a11y.threshold", server.thresholdProperty().get()),
                server.thresholdProperty()));

        presenterDecision.textProperty().bind(Bindings.createStringBinding(
                () -> server.rows().isEmpty() ? texts.get("classroom.presenter.no-decision")
                        : server.rows().get(0).decision(), server.rows()));
    }
}
