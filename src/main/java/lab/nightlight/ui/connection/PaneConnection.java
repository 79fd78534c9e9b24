package lab.nightlight.ui.connection;

import java.time.Clock;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import lab.nightlight.mqtt.ConnectionState;
import lab.nightlight.ui.Phrases;
import lab.nightlight.ui.Texts;
import lab.nightlight.ui.messages.MessagesViewModel;

/**
 * One pane's connection as the window shows it: the state, in words and as a status dot,
 * whether it is connected or trying to be, and the sentence it leaves in the message area when
 * it is lost, refused or ended. The device and the server pane each have one.
 */
public final class PaneConnection {

    private final ReadOnlyObjectWrapper<ConnectionState> state = new ReadOnlyObjectWrapper<>(this, "state",
            new ConnectionState.Idle());
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper(this, "stateText");
    private final ReadOnlyObjectWrapper<Phrases.Status> status = new ReadOnlyObjectWrapper<>(this, "status", Phrases.Status.OFF);
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(this, "connected");
    private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper(this, "online");
    private final Texts texts;
    private final Phrases phrases;
    private final MessagesViewModel messages;
    private final Clock clock;
    private final String topic;
    private final String problemKey;
    private final String disconnectedKey;

    /**
     * @param topic           the message area's topic for this pane's connection (one sentence at a time)
     * @param problemKey      the pane's sentence around a problem, e.g. "The device lost its connection: {0}"
     * @param disconnectedKey the pane's sentence after the user disconnected it
     */
    public PaneConnection(Texts texts, MessagesViewModel messages, Clock clock, String topic, String problemKey,
                          String disconnectedKey) {
        this.texts = Objects.requireNonNull(texts);
        this.phrases = new Phrases(texts);
        this.messages = Objects.requireNonNull(messages);
        this.clock = Objects.requireNonNull(clock);
        this.topic = Objects.requireNonNull(topic);
        this.problemKey = Objects.requireNonNull(problemKey);
        this.disconnectedKey = Objects.requireNonNull(disconnectedKey);
        tick();
    }

    /** A new state from the connection (on the FX thread). */
    public void show(ConnectionState s) {
        state.set(s);
        status.set(Phrases.status(s));
        connected.set(s.isConnected());
        online.set(s instanceof ConnectionState.Connected || s instanceof ConnectionState.Connecting
                || s instanceof ConnectionState.Reconnecting);
        tick();
        if (s instanceof ConnectionState.Connected) {
            messages.resolve(topic);
        } else if (s instanceof ConnectionState.Reconnecting r && r.problem() != null) {
            messages.warning(topic, texts.format(problemKey, phrases.problem(r.problem())));
        } else if (s instanceof ConnectionState.Disconnected d) {
            if (d.problem() == null) {
                messages.info(topic, texts.get(disconnectedKey));
            } else {
                messages.error(topic, texts.format(problemKey, phrases.problem(d.problem())));
            }
        }
    }

    /** Once a second: a reconnect countdown counts down. */
    public void tick() {
        stateText.set(phrases.state(state.get(), clock.instant()));
    }

    public ReadOnlyObjectProperty<ConnectionState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateTextProperty() {
        return stateText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phrases.Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    /** Connected or trying to be: the pane's button then offers "Disconnect". */
    public ReadOnlyBooleanProperty onlineProperty() {
        return online.getReadOnlyProperty();
    }
}
