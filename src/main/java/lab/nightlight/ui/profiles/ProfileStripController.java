package lab.nightlight.ui.profiles;

import java.time.Clock;
import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.util.Duration;

/**
 * The connection bar's part for real brokers: the "Connection…" button, the reconnect countdown,
 * the way forward for a problem, and classroom mode's addresses. Ticks once a second.
 */
public final class ProfileStripController {

    private final ConnectionWatchViewModel model;
    private final Runnable openDialog;
    private final Clock clock;
    private Timeline tick;

    @FXML
    private Label classroomAddresses;
    @FXML
    private Label countdown;
    @FXML
    private Button fixButton;
    @FXML
    private Button profilesButton;

    public ProfileStripController(ConnectionWatchViewModel model, Runnable openDialog, Clock clock) {
        this.model = Objects.requireNonNull(model);
        this.openDialog = Objects.requireNonNull(openDialog);
        this.clock = Objects.requireNonNull(clock);
    }

    @FXML
    private void initialize() {
        classroomAddresses.textProperty().bind(model.classroomProperty());
        showWhenText(classroomAddresses);
        countdown.textProperty().bind(model.countdownProperty());
        showWhenText(countdown);
        fixButton.textProperty().bind(model.fixTextProperty());
        fixButton.visibleProperty().bind(model.fixTextProperty().isNotEmpty());
        fixButton.managedProperty().bind(fixButton.visibleProperty());
        tick = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick(clock.instant())));
        tick.setCycleCount(Animation.INDEFINITE);
        tick.play();
    }

    private static void showWhenText(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    @FXML
    private void openProfiles() {
        openDialog.run();
    }

    @FXML
    private void fix() {
        model.runFix();
    }

    /** Stops the countdown's timer (the window is closing). */
    public void dispose() {
        if (tick != null) {
            tick.stop();
        }
    }
}
