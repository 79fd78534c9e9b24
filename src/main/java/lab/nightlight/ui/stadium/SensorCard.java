package lab.nightlight.ui.stadium;

import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import lab.nightlight.ui.Phrases;
import lab.nightlight.ui.Texts;
import lab.nightlight.ui.led.LedIndicator;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One sensor's compact card: its LED with "ON"/"OFF" in words and an icon (never colour alone),
 * its name and connection dot, its own light slider, the last reading sent, the commands that
 * reached it, a noise toggle and a remove button. Built in code rather than from FXML: a
 * hundred cards would mean a hundred FXML loads. {@link #dispose()} lets go of the model.
 */
final class SensorCard extends VBox {

    private static final javafx.css.PseudoClass ON = javafx.css.PseudoClass.getPseudoClass("on");

    private final SensorViewModel model;
    private final Slider slider = new Slider(0, 1023, 0);
    private final ToggleButton noise = new ToggleButton();
    private final LedIndicator led = new LedIndicator();
    private final Label ledText = new Label();
    private final FontIcon ledIcon = new FontIcon("mdi2l-lightbulb-outline");
    private final Region dot = new Region();
    private final Label reading = new Label();
    private final Label commands = new Label();
    private final ChangeListener<Boolean> onLed = (o, a, b) -> showLed(b);
    private final ChangeListener<Phrases.Status> onStatus = (o, a, b) -> showStatus(a, b);

    /** Tooltips every card shares: one each, not four per card. */
    record Tips(Tooltip remove, Tooltip reading, Tooltip commands, Tooltip noise) {
    }

    SensorCard(SensorViewModel model, Texts texts, Tips tips, Consumer<SensorViewModel> remove) {
        this.model = model;
        getStyleClass().add("sensor-card");
        // No id on the card: JavaFX shares computed styles between nodes only when their
        // ancestors' styles match, and a unique id per card made each card's thirty nodes style
        // from scratch (CSS per card 23 -> 15 ms in StadiumCardsBenchmark). The slider keeps
        // one, for the robot; its own three nodes are all that costs.

        setSpacing(6);

        led.getStyleClass().add("sensor-led");
        led.setPrefSize(40, 40);
        led.setMinSize(40, 40);
        led.setMaxSize(40, 40);
        // Drawn once per state, not re-blurred (its glow is a drop shadow) on every frame that repaints the grid.
        led.setCache(true);
        Label name = new Label(model.name());
        name.getStyleClass().add("sensor-name");
        ledText.getStyleClass().add("sensor-led-text");
        ledText.setGraphic(ledIcon);
        VBox title = new VBox(2, name, ledText);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        dot.getStyleClass().add("status-dot");
        FontIcon cross = new FontIcon("mdi2c-close");
        Button close = new Button(null, cross);
        close.getStyleClass().addAll("button-icon", "flat", "sensor-remove");
        close.setAccessibleText(texts.get("stadium.card.remove"));
        close.setTooltip(tips.remove());
        close.setOnAction(e -> remove.accept(model));
        HBox top = new HBox(8, led, title, grow, dot, close);
        top.setAlignment(Pos.CENTER_LEFT);

        slider.getStyleClass().add("sensor-slider");
        slider.setId(model.name() + "-light");
        slider.setBlockIncrement(20);
        slider.setAccessibleText(texts.format("stadium.card.light", model.name()));
        slider.valueProperty().bindBidirectional(model.levelProperty());

        reading.getStyleClass().add("sensor-reading");
        reading.setGraphic(new FontIcon("mdi2b-brightness-6"));
        reading.setTooltip(tips.reading());
        commands.getStyleClass().add("sensor-commands");
        commands.setGraphic(new FontIcon("mdi2e-email-receive-outline"));
        commands.setTooltip(tips.commands());
        noise.setText(texts.get("stadium.card.noise"));
        noise.setGraphic(new FontIcon("mdi2s-sine-wave"));
        noise.getStyleClass().addAll("small", "sensor-noise");
        noise.setTooltip(tips.noise());
        noise.selectedProperty().bindBidirectional(model.noisyProperty());
        Region grow2 = new Region();
        HBox.setHgrow(grow2, Priority.ALWAYS);
        HBox bottom = new HBox(6, reading, commands, grow2, noise);
        bottom.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(top, slider, bottom);

        ledText.textProperty().bind(model.ledTextProperty());
        reading.textProperty().bind(model.readingTextProperty());
        commands.textProperty().bind(model.commandsProperty().asString());
        model.ledOnProperty().addListener(onLed);
        model.statusProperty().addListener(onStatus);
        showLed(model.ledOnProperty().get());
        showStatus(null, model.statusProperty().get());
    }

    private void showLed(boolean on) {
        led.setOn(on);
        ledIcon.setIconLiteral(on ? "mdi2l-lightbulb-on" : "mdi2l-lightbulb-outline");
        // On the label only: a pseudo-class on the card would restyle all its thirty nodes, times a hundred cards.
        ledText.pseudoClassStateChanged(ON, on);
    }

    private void showStatus(Phrases.Status before, Phrases.Status now) {
        if (before != null) {
            dot.getStyleClass().remove(before.styleClass());
        }
        dot.getStyleClass().add(now.styleClass());
    }

    /** Unbinds from the model, so a removed card can be collected. */
    void dispose() {
        slider.valueProperty().unbindBidirectional(model.levelProperty());
        noise.selectedProperty().unbindBidirectional(model.noisyProperty());
        ledText.textProperty().unbind();
        reading.textProperty().unbind();
        commands.textProperty().unbind();
        model.ledOnProperty().removeListener(onLed);
        model.statusProperty().removeListener(onStatus);
    }
}
