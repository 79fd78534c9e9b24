package lab.nightlight.ui.stadium;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import lab.nightlight.server.StadiumServer;
import lab.nightlight.server.policy.Policy;
import lab.nightlight.ui.Texts;
import lab.nightlight.ui.led.LedIndicator;

/**
 * Binds the stadium tab to its {@link StadiumViewModel}: the buttons call it, the server's
 * settings bind both ways, and the cards follow its list. While the stadium runs, an
 * {@link AnimationTimer} calls {@link StadiumViewModel#frame()} once a frame; that is the only
 * way sensor and server news reach the FX thread, so there is no timer or task per card. The same
 * frame lets the {@link CardGrid} build a few waiting cards.
 */
public final class StadiumController {

    private final StadiumViewModel model;
    private final Texts texts;
    /** Kept: a bidirectional binding holds its ends weakly. */
    private final List<ObjectProperty<Integer>> spinnerValues = new ArrayList<>();
    private AnimationTimer frames;
    private AnimationTimer warmUp;
    private CardGrid cards;
    private boolean framesRunning;

    @FXML
    private Label stadiumSummary;
    @FXML
    private Button stadiumAddOne;
    @FXML
    private Button stadiumAddTen;
    @FXML
    private Button stadiumRemoveOne;
    @FXML
    private Button stadiumRemoveAll;
    @FXML
    private Button stadiumShade;
    @FXML
    private Button stadiumNightfall;
    @FXML
    private Button stadiumDaylight;
    @FXML
    private TilePane cardGrid;
    @FXML
    private VBox emptyState;
    @FXML
    private Region stadiumServerDot;
    @FXML
    private Label stadiumServerState;
    @FXML
    private Label stadiumTopics;
    @FXML
    private LedIndicator stadiumLights;
    @FXML
    private Label stadiumHeadline;
    @FXML
    private Label stadiumExplanation;
    @FXML
    private Label stadiumBandNote;
    @FXML
    private Label stadiumHeard;
    @FXML
    private Label stadiumCommands;
    @FXML
    private ComboBox<Policy.Kind> stadiumPolicy;
    @FXML
    private javafx.scene.layout.HBox stadiumQuorumRow;
    @FXML
    private Spinner<Integer> stadiumQuorum;
    @FXML
    private Label stadiumPolicyHint;
    @FXML
    private Spinner<Integer> stadiumThreshold;
    @FXML
    private Spinner<Integer> stadiumBand;
    @FXML
    private Spinner<Integer> stadiumFreshness;
    @FXML
    private ToggleGroup addressingGroup;
    @FXML
    private RadioButton stadiumPerDevice;
    @FXML
    private RadioButton stadiumBroadcast;
    @FXML
    private Label stadiumAddressingHint;

    public StadiumController(StadiumViewModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
    }

    @FXML
    private void initialize() {
        stadiumSummary.textProperty().bind(model.summaryProperty());
        stadiumAddOne.disableProperty().bind(model.fullProperty());
        stadiumAddTen.disableProperty().bind(model.fullProperty());
        for (Button b : List.of(stadiumRemoveOne, stadiumRemoveAll, stadiumShade, stadiumNightfall, stadiumDaylight)) {
            b.disableProperty().bind(model.activeProperty().not());
        }
        emptyState.visibleProperty().bind(Bindings.isEmpty(model.sensors()));
        emptyState.managedProperty().bind(emptyState.visibleProperty());
        cards = new CardGrid(cardGrid, texts, model::remove, model.sensors());
        model.sensors().addListener((ListChangeListener<SensorViewModel>) cards::changed);

        bindServer();
        bindSettings();

        frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                model.frame();
                cards.frame();
            }
        };
        // The grid joins the window in a pulse after the view does (a scroll pane's skin adds it):
        // warm the cards up in the first frame that finds it there, if no sensor came first. A
        // running timer asks for a pulse every frame, so it gives up after a second in any case.
        warmUp = new AnimationTimer() {
            private int framesLeft = 60;

            @Override
            public void handle(long now) {
                if (model.activeProperty().get() || --framesLeft < 0) {
                    stop();
                } else if (cardGrid.getScene() != null) {
                    stop();
                    cards.warmUp();
                }
            }
        };
        warmUp.start();
        // Nothing else runs, not even a frame timer, until the first sensor is added.
        model.activeProperty().addListener((o, was, now) -> {
            runFrames(now);
            if (!now) {
                cards.dispose(); // "remove all": no card waits for a frame that will not come
            }
        });
        runFrames(model.activeProperty().get());
    }

    private void bindServer() {
        stadiumServerState.textProperty().bind(model.serverStateTextProperty());
        model.serverStatusProperty().addListener((o, before, now) -> {
            stadiumServerDot.getStyleClass().remove(before.styleClass());
            stadiumServerDot.getStyleClass().add(now.styleClass());
        });
        stadiumServerDot.getStyleClass().add(model.serverStatusProperty().get().styleClass());
        stadiumTopics.textProperty().bind(model.topicsTextProperty());
        stadiumTopics.visibleProperty().bind(model.topicsTextProperty().isNotEmpty());
        stadiumTopics.managedProperty().bind(stadiumTopics.visibleProperty());
        stadiumLights.onProperty().bind(Bindings.createBooleanBinding(
                () -> Boolean.TRUE.equals(model.lightsOnProperty().get()), model.lightsOnProperty()));
        stadiumHeadline.textProperty().bind(model.headlineProperty());
        stadiumExplanation.textProperty().bind(model.explanationProperty());
        stadiumBandNote.textProperty().bind(model.bandNoteProperty());
        stadiumBandNote.visibleProperty().bind(model.bandNoteProperty().isNotEmpty());
        stadiumBandNote.managedProperty().bind(stadiumBandNote.visibleProperty());
        stadiumHeard.textProperty().bind(model.sensorsHeardProperty().asString());
        stadiumCommands.textProperty().bind(model.commandsSentProperty().asString());
    }

    private void bindSettings() {
        stadiumPolicy.getItems().setAll(Policy.Kind.ANY, Policy.Kind.ALL, Policy.Kind.AVERAGE, Policy.Kind.MEDIAN,
                Policy.Kind.QUORUM);
        stadiumPolicy.setCellFactory(list -> new PolicyCell());
        stadiumPolicy.setButtonCell(new PolicyCell());
        stadiumPolicy.valueProperty().bindBidirectional(model.policyProperty());
        stadiumPolicyHint.textProperty().bind(model.policyHintProperty());
        // K only means something for "at least K sensors dark".
        stadiumQuorumRow.visibleProperty().bind(model.policyProperty().isEqualTo(Policy.Kind.QUORUM));
        stadiumQuorumRow.managedProperty().bind(stadiumQuorumRow.visibleProperty());
        spin(stadiumQuorum, 1, StadiumViewModel.MAX_SENSORS, 1, model.quorumProperty().asObject());
        spin(stadiumThreshold, 0, 1023, 10, model.thresholdProperty().asObject());
        spin(stadiumBand, 0, 200, 5, model.bandProperty().asObject());
        spin(stadiumFreshness, 1, 120, 1, model.freshnessSecondsProperty().asObject());

        stadiumPerDevice.setUserData(StadiumServer.Addressing.PER_DEVICE);
        stadiumBroadcast.setUserData(StadiumServer.Addressing.BROADCAST);
        selectAddressing(model.addressingProperty().get());
        addressingGroup.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.addressingProperty().set((StadiumServer.Addressing) b.getUserData());
            }
        });
        model.addressingProperty().addListener((o, a, b) -> selectAddressing(b));
        stadiumAddressingHint.textProperty().bind(Bindings.createStringBinding(() -> texts.get(
                model.addressingProperty().get() == StadiumServer.Addressing.PER_DEVICE
                        ? "stadium.addressing.perDevice.hint" : "stadium.addressing.broadcast.hint"),
                model.addressingProperty()));
    }

    private void spin(Spinner<Integer> spinner, int min, int max, int step, ObjectProperty<Integer> value) {
        spinnerValues.add(value);
        spinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value.get(), step));
        spinner.getValueFactory().valueProperty().bindBidirectional(value);
        // A typed number counts when the field loses focus, not only on Enter.
        spinner.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                try {
                    spinner.commitValue();
                } catch (RuntimeException e) {
                    spinner.cancelEdit(); // not a number: back to the value in force
                }
            }
        });
    }

    private void selectAddressing(StadiumServer.Addressing a) {
        for (Toggle t : addressingGroup.getToggles()) {
            if (t.getUserData() == a && !t.isSelected()) {
                t.setSelected(true);
            }
        }
    }

    private void runFrames(boolean on) {
        if (on && !framesRunning) {
            frames.start();
        } else if (!on && framesRunning) {
            frames.stop();
        }
        framesRunning = on;
    }

    @FXML
    private void addOne() {
        model.addSensors(1);
    }

    @FXML
    private void addTen() {
        model.addSensors(10);
    }

    @FXML
    private void removeOne() {
        model.removeLast();
    }

    @FXML
    private void removeAll() {
        model.removeAll();
    }

    @FXML
    private void shade() {
        model.shadeOne();
    }

    @FXML
    private void nightfall() {
        model.nightfall();
    }

    @FXML
    private void daylight() {
        model.daylight();
    }

    /** Stops the frame timer and lets go of the cards. */
    public void dispose() {
        warmUp.stop();
        runFrames(false);
        cards.dispose();
    }

    private final class PolicyCell extends ListCell<Policy.Kind> {
        @Override
        protected void updateItem(Policy.Kind kind, boolean empty) {
            super.updateItem(kind, empty);
            setText(empty || kind == null ? null : model.policyName(kind));
        }
    }
}
