package lab.nightlight.ui.server;

import java.io.File;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.animation.Animation;
import javafx.animation.AnimationTimer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import javafx.util.converter.IntegerStringConverter;
import lab.nightlight.lesson.Telemetry;
import lab.nightlight.mqtt.Qos;
import lab.nightlight.ui.Controls;
import lab.nightlight.ui.Phrases;
import lab.nightlight.ui.Texts;
import lab.nightlight.ui.chart.LightChart;
import lab.nightlight.ui.chart.LightHistory;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Binds the server pane to its view model. An {@link AnimationTimer} hands the view model every
 * pulse, so the log follows a flood without a table update per message.
 */
public final class ServerPaneController {

    private final ServerViewModel model;
    private final LightHistory history;
    private final Texts texts;
    private AnimationTimer frames;
    private Timeline ticker;

    @FXML
    private Region serverDot;
    @FXML
    private Label serverState;
    @FXML
    private Button serverConnectButton;
    @FXML
    private Label serverTopics;
    @FXML
    private Slider thresholdSlider;
    @FXML
    private TextField thresholdField;
    @FXML
    private ComboBox<Qos> subscriptionQos;
    @FXML
    private ComboBox<Qos> commandQos;
    @FXML
    private CheckBox retainCommands;
    @FXML
    private LightChart lightChart;
    @FXML
    private Label receivedCount;
    @FXML
    private Label acceptedCount;
    @FXML
    private Label rejectedCount;
    @FXML
    private Label commandsSentCount;
    @FXML
    private Label showingText;
    @FXML
    private ToggleButton pauseButton;
    @FXML
    private Button clearButton;
    @FXML
    private Button exportButton;
    @FXML
    private TableView<LogRow> logTable;
    @FXML
    private ListView<CommandRow> commandsList;

    public ServerPaneController(ServerViewModel model, LightHistory history, Texts texts) {
        this.model = Objects.requireNonNull(model);
        this.history = Objects.requireNonNull(history);
        this.texts = Objects.requireNonNull(texts);
    }

    @FXML
    private void initialize() {
        Controls.statusDot(serverDot, model.statusProperty());
        serverState.textProperty().bind(model.stateTextProperty());
        serverConnectButton.textProperty().bind(Bindings.when(model.onlineProperty())
                .then(texts.get("pane.disconnect")).otherwise(texts.get("pane.connect")));
        model.onlineProperty().addListener((obs, old, online) -> connectIcon(online));
        connectIcon(model.onlineProperty().get());
        serverTopics.textProperty().bind(model.topicsTextProperty());

        bindThreshold();
        Phrases phrases = new Phrases(texts);
        Controls.qosChoice(subscriptionQos, phrases);
        subscriptionQos.valueProperty().bindBidirectional(model.subscriptionQosProperty());
        Controls.qosChoice(commandQos, phrases);
        commandQos.valueProperty().bindBidirectional(model.commandQosProperty());
        retainCommands.selectedProperty().bindBidirectional(model.retainCommandsProperty());

        lightChart.setHistory(history);
        lightChart.thresholdProperty().bind(model.thresholdProperty());
        lightChart.setLabels(new LightChart.Labels(texts.get("chart.light"), texts.get("chart.threshold"),
                texts.get("chart.ledOn"), texts.get("chart.empty"), texts.get("chart.now"),
                minutes -> texts.format("chart.minutesAgo", minutes)));
        lightChart.start();

        receivedCount.textProperty().bind(Controls.count(model.receivedProperty(), texts));
        acceptedCount.textProperty().bind(Controls.count(model.acceptedProperty(), texts));
        rejectedCount.textProperty().bind(Controls.count(model.rejectedProperty(), texts));
        commandsSentCount.textProperty().bind(Controls.count(model.commandsSentProperty(), texts));
        showingText.textProperty().bind(model.showingTextProperty());
        pauseButton.selectedProperty().bindBidirectional(model.pausedProperty());
        pauseButton.textProperty().bind(Bindings.when(model.pausedProperty())
                .then(texts.get("server.resume")).otherwise(texts.get("server.pause")));
        model.pausedProperty().addListener((obs, old, paused) -> pauseIcon(paused));
        pauseIcon(model.pausedProperty().get());

        LogTable.setUp(logTable, texts);
        logTable.setItems(model.rows());
        commandsList.setItems(model.commands());
        commandsList.setPlaceholder(new Label(texts.get("server.commands.empty")));
        commandsList.setCellFactory(list -> new CommandCell());

        frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                model.pulse(now);
            }
        };
        frames.start();
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
    }

    /** Slider and number field show the same threshold; the field takes digits only. */
    private void bindThreshold() {
        thresholdSlider.valueProperty().bindBidirectional(model.thresholdProperty());
        thresholdSlider.accessibleTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> texts.format("classroom.a11y.threshold", model.thresholdProperty().get()),
                model.thresholdProperty()));
        UnaryOperator<TextFormatter.Change> digits = change ->
                change.getControlNewText().matches("\\d{0,4}") ? change : null;
        IntegerStringConverter converter = new IntegerStringConverter() {
            @Override
            public Integer fromString(String text) {
                Integer value = text == null || text.isBlank() ? null : super.fromString(text.trim());
                int fallback = model.thresholdProperty().get();
                return value == null ? fallback : Math.max(Telemetry.MIN_LIGHT, Math.min(Telemetry.MAX_LIGHT + 1, value));
            }
        };
        TextFormatter<Integer> formatter = new TextFormatter<>(converter, model.thresholdProperty().get(), digits);
        thresholdField.setTextFormatter(formatter);
        formatter.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                model.thresholdProperty().set(value);
            }
        });
        model.thresholdProperty().addListener((obs, old, value) -> formatter.setValue(value.intValue()));
    }

    private void connectIcon(boolean online) {
        serverConnectButton.setGraphic(new FontIcon(online ? "mdi2l-lan-disconnect" : "mdi2l-lan-connect"));
    }

    private void pauseIcon(boolean paused) {
        pauseButton.setGraphic(new FontIcon(paused ? "mdi2p-play" : "mdi2p-pause"));
    }

    @FXML
    private void toggleConnection() {
        model.toggleConnection();
    }

    @FXML
    private void clear() {
        model.clear();
    }

    @FXML
    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("server.export.title"));
        chooser.setInitialFileName(model.exportFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("server.export.filter"), "*.csv"));
        File file = chooser.showSaveDialog(exportButton.getScene().getWindow());
        if (file != null) {
            model.export(file.toPath());
        }
    }

    /** Stops the frame loop, the clock and the chart (the window is closing). */
    public void dispose() {
        if (frames != null) {
            frames.stop();
        }
        if (ticker != null) {
            ticker.stop();
        }
        lightChart.stop();
    }
}
