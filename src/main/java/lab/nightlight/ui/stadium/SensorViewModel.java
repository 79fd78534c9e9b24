package lab.nightlight.ui.stadium;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import lab.nightlight.mqtt.ConnectionState;
import lab.nightlight.ui.Phrases;
import lab.nightlight.ui.Texts;

/**
 * One sensor card: its level and noise are the teacher's to set (the card's slider and toggle
 * bind to them); the rest follows the sensor once a frame ({@link #refresh()}). Use on the FX
 * thread.
 */
public final class SensorViewModel {

    private final Sensor sensor;
    private final Texts texts;
    private final IntegerProperty level;
    private final BooleanProperty noisy = new SimpleBooleanProperty(this, "noisy");
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(this, "connected");
    private final ReadOnlyObjectWrapper<Phrases.Status> status = new ReadOnlyObjectWrapper<>(this, "status",
            Phrases.Status.BUSY);
    private final ReadOnlyBooleanWrapper ledOn = new ReadOnlyBooleanWrapper(this, "ledOn");
    private final ReadOnlyStringWrapper ledText = new ReadOnlyStringWrapper(this, "ledText");
    private final ReadOnlyStringWrapper readingText = new ReadOnlyStringWrapper(this, "readingText");
    private final ReadOnlyLongWrapper commands = new ReadOnlyLongWrapper(this, "commands");

    SensorViewModel(Sensor sensor, Texts texts, Runnable levelChanged) {
        this.sensor = sensor;
        this.texts = texts;
        level = new SimpleIntegerProperty(this, "level", sensor.level());
        level.addListener((o, a, b) -> {
            sensor.setLevel(b.intValue());
            levelChanged.run();
        });
        noisy.addListener((o, a, b) -> sensor.setNoisy(b));
        ledText.set(texts.get("stadium.card.off"));
        readingText.set(texts.get("connection.connecting"));
    }

    Sensor sensor() {
        return sensor;
    }

    /** Takes over what the threads reported since the last frame. */
    void refresh() {
        ConnectionState state = sensor.state();
        boolean up = state.isConnected();
        connected.set(up);
        status.set(sensor.failed() ? Phrases.Status.TROUBLE : Phrases.status(state));
        ledOn.set(sensor.ledOn());
        ledText.set(texts.get(sensor.ledOn() ? "stadium.card.on" : "stadium.card.off"));
        commands.set(sensor.commands());
        int reading = sensor.reading();
        if (sensor.failed()) {
            readingText.set(texts.get("stadium.card.noBroker"));
        } else if (!up && !(state instanceof ConnectionState.Connecting) && !(state instanceof ConnectionState.Idle)) {
            readingText.set(texts.get("stadium.card.offline"));
        } else if (reading < 0 || !up) {
            readingText.set(texts.get("connection.connecting"));
        } else {
            readingText.set(String.valueOf(reading));
        }
    }

    /** Its name, also its topic level: {@code <id>/<name>/telemetry}. */
    public String name() {
        return sensor.name();
    }

    /** The light the teacher set, 0 (dark) to 1023 (bright). */
    public IntegerProperty levelProperty() {
        return level;
    }

    /** Random noise around the level, like CounterFit's random option. */
    public BooleanProperty noisyProperty() {
        return noisy;
    }

    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phrases.Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty ledOnProperty() {
        return ledOn.getReadOnlyProperty();
    }

    /** "ON" / "OFF": the LED in words as well as in colour. */
    public ReadOnlyStringProperty ledTextProperty() {
        return ledText.getReadOnlyProperty();
    }

    /** The last reading sent, or what keeps it from sending. */
    public ReadOnlyStringProperty readingTextProperty() {
        return readingText.getReadOnlyProperty();
    }

    /** Commands that reached this sensor's LED. */
    public ReadOnlyLongProperty commandsProperty() {
        return commands.getReadOnlyProperty();
    }
}
