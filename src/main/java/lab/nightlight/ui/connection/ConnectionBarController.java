package lab.nightlight.ui.connection;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import lab.nightlight.broker.BrokerStats;
import lab.nightlight.ui.Texts;
import lab.nightlight.ui.Theme;

/** Binds the connection bar and polls the broker's counters once a second. */
public final class ConnectionBarController {

    private final ConnectionBarViewModel model;
    private final Supplier<BrokerStats> stats;
    private final Theme theme;
    private final Texts texts;
    private final Clock clock;
    private final Runnable about;
    private Timeline poll;

    @FXML
    private Label brokerName;
    @FXML
    private Label brokerUrl;
    @FXML
    private Region brokerDot;
    @FXML
    private Region barSlack;
    @FXML
    private HBox brokerCounters;
    @FXML
    private Label brokerState;
    @FXML
    private Label brokerClients;
    @FXML
    private Label brokerRate;
    @FXML
    private ToggleButton themeToggle;

    /** @param about opens the About dialog */
    public ConnectionBarController(ConnectionBarViewModel model, Supplier<BrokerStats> stats, Theme theme, Texts texts,
                                   Clock clock, Runnable about) {
        this.about = Objects.requireNonNull(about);
        this.model = Objects.requireNonNull(model);
        this.stats = Objects.requireNonNull(stats);
        this.theme = Objects.requireNonNull(theme);
        this.texts = Objects.requireNonNull(texts);
        this.clock = Objects.requireNonNull(clock);
    }

    @FXML
    private void initialize() {
        brokerName.textProperty().bind(model.brokerNameProperty());
        AddressFit.install(brokerUrl, model.urlProperty(), barSlack);
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.textProperty().bind(model.urlProperty());
        brokerUrl.setTooltip(whole);
        brokerState.textProperty().bind(model.stateTextProperty());
        brokerClients.textProperty().bind(model.clientsTextProperty());
        brokerRate.textProperty().bind(model.rateTextProperty());
        brokerCounters.visibleProperty().bind(model.countersShownProperty());
        brokerCounters.managedProperty().bind(model.countersShownProperty());
        model.stateProperty().addListener((obs, old, state) -> showState(state));
        showState(model.stateProperty().get());

        themeToggle.setSelected(theme.darkProperty().get());
        themeToggle.selectedProperty().addListener((obs, old, dark) -> theme.setDark(dark));
        themeToggle.accessibleTextProperty().bind(javafx.beans.binding.Bindings.when(themeToggle.selectedProperty())
                .then(texts.get("theme.dark")).otherwise(texts.get("theme.light")));

        poll = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.poll(stats.get(), clock.instant())));
        poll.setCycleCount(Animation.INDEFINITE);
        poll.play();
    }

    @FXML
    private void showAbout() {
        about.run();
    }

    private void showState(ConnectionBarViewModel.BrokerState state) {
        for (ConnectionBarViewModel.BrokerState s : ConnectionBarViewModel.BrokerState.values()) {
            brokerDot.getStyleClass().remove(s.styleClass());
        }
        if (state != null) {
            brokerDot.getStyleClass().add(state.styleClass());
        }
    }

    /** Stops polling (the window is closing). */
    public void dispose() {
        if (poll != null) {
            poll.stop();
        }
    }
}
