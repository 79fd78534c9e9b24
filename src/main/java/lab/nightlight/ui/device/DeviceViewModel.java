package lab.nightlight.ui.device;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
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
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import lab.nightlight.device.DeviceListener;
import lab.nightlight.device.VirtualDevice;
import lab.nightlight.lesson.DeviceIds;
import lab.nightlight.lesson.Rejection;
import lab.nightlight.lesson.Telemetry;
import lab.nightlight.mqtt.ConnectionState;
import lab.nightlight.mqtt.MqttProblem;
import lab.nightlight.mqtt.Qos;
import lab.nightlight.ui.Phrases;
import lab.nightlight.ui.connection.PaneConnection;
import lab.nightlight.ui.Texts;
import lab.nightlight.ui.messages.MessagesViewModel;

/**
 * The device pane over the current {@link VirtualDevice}. Settings (light, interval, send on
 * change, QoS) are writable properties the view binds to; they are pushed to the device and
 * survive an id change. Everything else is read-only and follows the device's events: the LED
 * changes only when the device reports a command that came through the broker. Use on the FX
 * thread.
 */
public final class DeviceViewModel {

    static final String CONNECTION_TOPIC = "device-connection";
    static final String ID_TOPIC = "device-id";

    private final Texts texts;
    private final Phrases phrases;
    private final PaneConnection link;
    private final MessagesViewModel messages;
    private final Function<String, CompletableFuture<?>> changeId;
    private final Executor fx;
    private final Clock clock;
    private final DeviceListener listener = new Listener();

    private final StringProperty idText = new SimpleStringProperty(this, "idText", "");
    private final IntegerProperty light = new SimpleIntegerProperty(this, "light", 500);
    private final ObjectProperty<Integer> intervalSeconds = new SimpleObjectProperty<>(this, "intervalSeconds",
            (int) VirtualDevice.LESSON_INTERVAL.toSeconds());
    private final BooleanProperty sendOnChange = new SimpleBooleanProperty(this, "sendOnChange", true);
    private final ObjectProperty<Qos> telemetryQos = new SimpleObjectProperty<>(this, "telemetryQos", Qos.AT_MOST_ONCE);

    private final ReadOnlyStringWrapper currentId = new ReadOnlyStringWrapper(this, "currentId", "");
    private final ReadOnlyStringWrapper idProblem = new ReadOnlyStringWrapper(this, "idProblem", "");
    private final ReadOnlyBooleanWrapper changingId = new ReadOnlyBooleanWrapper(this, "changingId");
    private final ReadOnlyStringWrapper topicsText = new ReadOnlyStringWrapper(this, "topicsText", "");
    private final ReadOnlyBooleanWrapper ledOn = new ReadOnlyBooleanWrapper(this, "ledOn");
    private final ReadOnlyStringWrapper ledText = new ReadOnlyStringWrapper(this, "ledText");
    private final ReadOnlyStringWrapper lastCommandText = new ReadOnlyStringWrapper(this, "lastCommandText");
    private final ReadOnlyLongWrapper sent = new ReadOnlyLongWrapper(this, "sent");
    private final ReadOnlyLongWrapper received = new ReadOnlyLongWrapper(this, "received");
    private final ReadOnlyLongWrapper rejected = new ReadOnlyLongWrapper(this, "rejected");

    private VirtualDevice device;
    private AutoCloseable stateHandle;
    private Instant lastCommandAt;
    /** The seconds "last command" says now (Long.MIN_VALUE: a minute or more, made every tick). */
    private long shownAgoSeconds = Long.MIN_VALUE;

    /**
     * @param changeId asks the app to rebuild device and server for a new id ({@code App::changeDeviceId})
     * @param fx       where the outcome of an id change is shown (the FX thread)
     */
    public DeviceViewModel(Texts texts, MessagesViewModel messages, Function<String, CompletableFuture<?>> changeId,
                           Executor fx, Clock clock) {
        this.texts = Objects.requireNonNull(texts);
        this.phrases = new Phrases(texts);
        this.link = new PaneConnection(texts, messages, clock, CONNECTION_TOPIC, "device.problem", "device.disconnected.explain");
        this.messages = Objects.requireNonNull(messages);
        this.changeId = Objects.requireNonNull(changeId);
        this.fx = Objects.requireNonNull(fx);
        this.clock = Objects.requireNonNull(clock);
        idText.addListener((obs, old, id) -> idProblem.set(problemText(id)));
        light.addListener((obs, old, value) -> {
            if (device != null) {
                device.setLight(value.intValue());
            }
        });
        intervalSeconds.addListener((obs, old, value) -> {
            if (device != null && value != null) {
                device.setInterval(Duration.ofSeconds(Math.max(0, value)));
            }
        });
        sendOnChange.addListener((obs, old, value) -> {
            if (device != null) {
                device.setSendOnChange(value);
            }
        });
        telemetryQos.addListener((obs, old, value) -> {
            if (device != null && value != null) {
                device.setTelemetryQos(value);
            }
        });
        ledText.set(texts.get("device.led.off"));
        lastCommandText.set(texts.get("device.lastCommand.none"));
    }

    // ----- settings the view edits -----

    /** The id being typed; {@link #applyId()} makes it the device's. */
    public StringProperty idTextProperty() {
        return idText;
    }

    /** The light sensor's reading, 0 (dark) to 1023 (bright). */
    public IntegerProperty lightProperty() {
        return light;
    }

    /** Seconds between telemetry messages; 0 turns the schedule off. */
    public ObjectProperty<Integer> intervalSecondsProperty() {
        return intervalSeconds;
    }

    public BooleanProperty sendOnChangeProperty() {
        return sendOnChange;
    }

    public ObjectProperty<Qos> telemetryQosProperty() {
        return telemetryQos;
    }

    // ----- what the view shows -----

    public ReadOnlyStringProperty currentIdProperty() {
        return currentId.getReadOnlyProperty();
    }

    /** Why the typed id cannot be used, or empty. */
    public ReadOnlyStringProperty idProblemProperty() {
        return idProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty changingIdProperty() {
        return changingId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty topicsTextProperty() {
        return topicsText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty ledOnProperty() {
        return ledOn.getReadOnlyProperty();
    }

    /** "LED on" / "LED off": the state in words, never only in colour. */
    public ReadOnlyStringProperty ledTextProperty() {
        return ledText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastCommandTextProperty() {
        return lastCommandText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ConnectionState> stateProperty() {
        return link.stateProperty();
    }

    public ReadOnlyStringProperty stateTextProperty() {
        return link.stateTextProperty();
    }

    public ReadOnlyObjectProperty<Phrases.Status> statusProperty() {
        return link.statusProperty();
    }

    public ReadOnlyBooleanProperty connectedProperty() {
        return link.connectedProperty();
    }

    /** Connected or trying to be: the button then offers "Disconnect". */
    public ReadOnlyBooleanProperty onlineProperty() {
        return link.onlineProperty();
    }

    public ReadOnlyLongProperty sentProperty() {
        return sent.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty receivedProperty() {
        return received.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty rejectedProperty() {
        return rejected.getReadOnlyProperty();
    }

    // ----- actions -----

    /** Shows this device from now on (and stops showing the previous one). */
    public void attach(VirtualDevice next) {
        detach();
        device = Objects.requireNonNull(next);
        next.addListener(listener);
        stateHandle = next.connection().onState(this::onState);
        Integer seconds = intervalSeconds.get();
        next.setInterval(Duration.ofSeconds(seconds == null ? 0 : Math.max(0, seconds)));
        next.setSendOnChange(sendOnChange.get());
        next.setTelemetryQos(telemetryQos.get());
        next.setLight(light.get());
        String id = next.topics().id();
        currentId.set(id);
        idText.set(id);
        topicsText.set(texts.format("device.topics", next.topics().telemetry(), next.topics().commands()));
        setLed(next.ledOn());
        lastCommandAt = next.lastCommandAt();
        refreshCounters();
        onState(next.connection().state());
    }

    /** Stops listening to the current device. */
    public void detach() {
        if (device == null) {
            return;
        }
        device.removeListener(listener);
        try {
            stateHandle.close();
        } catch (Exception e) {
            // removing a listener does not fail
        }
        device = null;
    }

    /**
     * Uses the typed id for both panes: the app rebuilds device and server, and {@link #attach}
     * follows. An unusable id is explained in the message area instead.
     */
    public CompletableFuture<Void> applyId() {
        String id = idText.get() == null ? "" : idText.get().trim();
        String problem = problemText(id);
        if (!problem.isEmpty()) {
            messages.warning(ID_TOPIC, problem);
            return CompletableFuture.completedFuture(null);
        }
        if (id.equals(currentId.get())) {
            return CompletableFuture.completedFuture(null);
        }
        changingId.set(true);
        CompletableFuture<Void> done = new CompletableFuture<>();
        changeId.apply(id).whenCompleteAsync((ok, e) -> {
            changingId.set(false);
            if (e == null) {
                messages.success(ID_TOPIC, texts.format("device.id.changed", id));
            }
            done.complete(null);
        }, fx);
        return done;
    }

    /** A fresh random id in the field (apply to use it). */
    public void suggestId() {
        idText.set(DeviceIds.random());
    }

    /** Connects when offline, disconnects when online. */
    public CompletableFuture<Void> toggleConnection() {
        if (device == null) {
            return CompletableFuture.completedFuture(null);
        }
        return link.onlineProperty().get() ? device.connection().disconnect() : device.connection().connect();
    }

    /** Sends the current reading now, whatever the schedule. */
    public CompletableFuture<Void> sendNow() {
        if (device == null || !link.connectedProperty().get()) {
            return CompletableFuture.completedFuture(null);
        }
        return device.sendTelemetry().exceptionally(e -> null);
    }

    /** Called once a second: "2 s ago" becomes "3 s ago", a reconnect countdown counts. */
    public void tick() {
        showLastCommand(lastCommandAt, clock.instant());
        link.tick();
    }

    /**
     * "Last command 0 s ago", made again only when its words change: a flood brings thousands of
     * commands a second, all "0 s ago".
     */
    private void showLastCommand(Instant at, Instant now) {
        long seconds = at == null ? -1 : Math.max(0, Duration.between(at, now).getSeconds());
        if (seconds < 60 && seconds == shownAgoSeconds) {
            return;
        }
        shownAgoSeconds = seconds < 60 ? seconds : Long.MIN_VALUE;
        lastCommandText.set(Ago.lastCommand(texts, at, now, clock.getZone()));
    }

    private void onState(ConnectionState s) {
        link.show(s);
    }

    private void setLed(boolean on) {
        ledOn.set(on);
        ledText.set(texts.get(on ? "device.led.on" : "device.led.off"));
    }

    private void refreshCounters() {
        if (device != null) {
            sent.set(device.telemetrySent());
            received.set(device.commandsReceived());
            rejected.set(device.commandsRejected());
        }
    }

    private String problemText(String id) {
        String key = DeviceIds.problemKey(id == null ? "" : id.trim());
        return key == null ? "" : texts.format(key, String.valueOf(DeviceIds.MAX_LENGTH));
    }

    private final class Listener implements DeviceListener {
        @Override
        public void telemetrySent(Telemetry telemetry, Qos qos, Instant at) {
            refreshCounters();
        }

        @Override
        public void telemetryFailed(Telemetry telemetry, MqttProblem problem) {
            messages.warning("device-telemetry", texts.format("device.telemetryFailed", phrases.problem(problem)));
        }

        @Override
        public void ledChanged(boolean on, boolean retained, Instant at) {
            setLed(on);
            lastCommandAt = at;
            showLastCommand(at, clock.instant());
            refreshCounters();
            if (retained) {
                messages.info("device-retained", texts.get("device.retained.explain"));
            }
        }

        @Override
        public void commandRejected(Rejection rejection, Instant at) {
            refreshCounters();
            messages.warning("device-rejected", texts.format("device.rejected", phrases.rejection(rejection),
                    rejection.preview(40)));
        }
    }
}
