package lab.nightlight.ui.stadium;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lab.nightlight.lesson.Topics;
import lab.nightlight.mqtt.ConnectionState;
import lab.nightlight.server.StadiumServer;
import lab.nightlight.server.policy.Policy;
import lab.nightlight.server.policy.PolicyDecision;
import lab.nightlight.ui.Phrases;
import lab.nightlight.ui.Texts;

/**
 * The stadium tab: sensor cards the teacher adds and removes, the sky over them (shade one,
 * nightfall, daylight) and the stadium server's settings and decision. Nothing runs until the
 * first sensor is added; "remove all" ends the session again. The sensors and the server report
 * from their own threads into flags; {@link #frame()}, called once a frame on the FX thread,
 * takes what changed, so a hundred cards cost one pass per frame, not one task per message.
 * Use on the FX thread, except {@link #closeSession()}.
 */
public final class StadiumViewModel {

    public static final int MAX_SENSORS = 200;
    static final int SHADE_LEVEL = 30;

    private final Texts texts;
    private final Phrases phrases;
    private final DecisionText words;
    private final Function<StadiumSettings, StadiumSession> sessions;
    private final Clock clock;
    private final Random random;
    private final ConcurrentLinkedQueue<Sensor> dirty = new ConcurrentLinkedQueue<>();
    private final Map<Sensor, SensorViewModel> cards = new HashMap<>();
    private final ObservableList<SensorViewModel> sensors = FXCollections.observableArrayList();
    private final ObservableList<SensorViewModel> readOnlySensors = FXCollections.unmodifiableObservableList(sensors);

    private final ObjectProperty<Policy.Kind> policy = new SimpleObjectProperty<>(this, "policy");
    private final IntegerProperty quorum = new SimpleIntegerProperty(this, "quorum", 3);
    private final IntegerProperty threshold = new SimpleIntegerProperty(this, "threshold");
    private final IntegerProperty band = new SimpleIntegerProperty(this, "band");
    private final IntegerProperty freshnessSeconds = new SimpleIntegerProperty(this, "freshnessSeconds");
    private final ObjectProperty<StadiumServer.Addressing> addressing = new SimpleObjectProperty<>(this, "addressing");

    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyBooleanWrapper full = new ReadOnlyBooleanWrapper(this, "full");
    private final ReadOnlyIntegerWrapper connectedCount = new ReadOnlyIntegerWrapper(this, "connectedCount");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary");
    private final ReadOnlyStringWrapper topicsText = new ReadOnlyStringWrapper(this, "topicsText", "");
    private final ReadOnlyObjectWrapper<Boolean> lightsOn = new ReadOnlyObjectWrapper<>(this, "lightsOn");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper(this, "explanation");
    private final ReadOnlyStringWrapper bandNote = new ReadOnlyStringWrapper(this, "bandNote", "");
    private final ReadOnlyObjectWrapper<PolicyDecision> decision = new ReadOnlyObjectWrapper<>(this, "decision");
    private final ReadOnlyStringWrapper policyHint = new ReadOnlyStringWrapper(this, "policyHint");
    private final ReadOnlyObjectWrapper<Phrases.Status> serverStatus = new ReadOnlyObjectWrapper<>(this, "serverStatus",
            Phrases.Status.OFF);
    private final ReadOnlyStringWrapper serverStateText = new ReadOnlyStringWrapper(this, "serverStateText");
    private final ReadOnlyIntegerWrapper sensorsHeard = new ReadOnlyIntegerWrapper(this, "sensorsHeard");
    private final ReadOnlyLongWrapper commandsSent = new ReadOnlyLongWrapper(this, "commandsSent");

    private volatile StadiumSession session;
    private int named;

    /**
     * @param sessions starts a stadium with these settings (its sensors' and server's clients on
     *                 the app's broker)
     */
    StadiumViewModel(Texts texts, Function<StadiumSettings, StadiumSession> sessions, Clock clock, Random random) {
        this.texts = Objects.requireNonNull(texts);
        this.phrases = new Phrases(texts);
        this.words = new DecisionText(texts);
        this.sessions = Objects.requireNonNull(sessions);
        this.clock = Objects.requireNonNull(clock);
        this.random = Objects.requireNonNull(random);
        StadiumSettings d = StadiumSettings.DEFAULTS;
        policy.set(d.policy().kind());
        threshold.set(d.threshold());
        band.set(d.band());
        freshnessSeconds.set((int) d.freshness().toSeconds());
        addressing.set(d.addressing());
        for (javafx.beans.Observable o : List.of(policy, quorum, threshold, band, freshnessSeconds, addressing)) {
            o.addListener(x -> settingsChanged());
        }
        policyHint.set(words.policyHint(policy.get()));
        headline.set(words.headline(null));
        explanation.set(texts.get("stadium.why.none"));
        serverStateText.set(texts.get("stadium.server.notRunning"));
        updateSummary();
    }

    /** The server's settings now. */
    StadiumSettings settings() {
        Policy.Kind kind = policy.get() == null ? Policy.Kind.ANY : policy.get();
        Policy p = switch (kind) {
            case ANY -> Policy.ANY;
            case ALL -> Policy.ALL;
            case AVERAGE -> Policy.AVERAGE;
            case MEDIAN -> Policy.MEDIAN;
            case QUORUM -> Policy.quorum(Math.max(1, quorum.get()));
        };
        return new StadiumSettings(p, threshold.get(), Math.max(0, band.get()),
                Duration.ofSeconds(Math.max(1, freshnessSeconds.get())),
                addressing.get() == null ? StadiumServer.Addressing.BROADCAST : addressing.get());
    }

    private void settingsChanged() {
        policyHint.set(words.policyHint(policy.get() == null ? Policy.Kind.ANY : policy.get()));
        StadiumSession s = session;
        if (s != null) {
            s.apply(settings());
        }
    }

    // ----- what the teacher does -----

    /** Adds {@code count} sensors at daylight (as many as fit), starting the stadium if it is not running. */
    public void addSensors(int count) {
        int n = Math.min(count, MAX_SENSORS - sensors.size());
        if (n <= 0) {
            return;
        }
        StadiumSession s = session;
        if (s == null) {
            s = sessions.apply(settings());
            session = s;
            active.set(true);
            Topics t = s.topics();
            String any = texts.get("stadium.topics.sensor");
            topicsText.set(texts.format("stadium.topics", t.deviceTelemetry(any), t.anyDeviceTelemetry(),
                    t.deviceCommands(any), t.commands()));
        }
        List<SensorViewModel> added = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Sensor sensor = new Sensor("sensor-" + (++named), brightLevel());
            // The card exists before the sensor reports, so a flag never points at nothing.
            SensorViewModel card = new SensorViewModel(sensor, texts, () -> levelChanged(sensor));
            cards.put(sensor, card);
            added.add(card);
        }
        sensors.addAll(added);
        for (SensorViewModel card : added) {
            s.add(withFlag(card.sensor()));
        }
        updateSummary();
    }

    /** The sensor, reporting its changes into this frame's queue. */
    private Sensor withFlag(Sensor sensor) {
        sensor.onDirty(() -> dirty.add(sensor));
        return sensor;
    }

    private void levelChanged(Sensor sensor) {
        StadiumSession s = session;
        if (s != null) {
            s.levelChanged(sensor);
        }
    }

    /** Removes the newest sensor; the last one ends the stadium. */
    public void removeLast() {
        if (!sensors.isEmpty()) {
            remove(sensors.get(sensors.size() - 1));
        }
    }

    public void remove(SensorViewModel card) {
        StadiumSession s = session;
        if (!sensors.remove(card) || s == null) {
            return;
        }
        cards.remove(card.sensor());
        if (sensors.isEmpty()) {
            endSession();
        } else {
            s.remove(card.sensor());
        }
        updateSummary();
    }

    /**
     * The broker changed under the stadium (the device pane's profile or id, classroom mode): the
     * old clients would retry a broker that is gone, so the same sensors, with their light levels
     * and noise, start again with a new server, on whatever broker the sessions now reach.
     */
    public void rejoin() {
        if (session == null) {
            return;
        }
        List<SensorViewModel> before = List.copyOf(sensors);
        removeAll();
        named = 0;
        addSensors(before.size());
        for (int i = 0; i < before.size() && i < sensors.size(); i++) {
            sensors.get(i).levelProperty().set(before.get(i).levelProperty().get());
            sensors.get(i).noisyProperty().set(before.get(i).noisyProperty().get());
        }
    }

    /** Removes every sensor and stops the stadium's server: nothing of the stadium keeps running. */
    public void removeAll() {
        sensors.clear();
        cards.clear();
        endSession();
        updateSummary();
    }

    private void endSession() {
        closeSession();
        session = null;
        dirty.clear();
        active.set(false);
        lightsOn.set(null);
        decision.set(null);
        headline.set(words.headline(null));
        explanation.set(texts.get("stadium.why.none"));
        bandNote.set("");
        serverStatus.set(Phrases.Status.OFF);
        serverStateText.set(texts.get("stadium.server.notRunning"));
        sensorsHeard.set(0);
        commandsSent.set(0);
        topicsText.set("");
    }

    /** A cloud or a bird over one sensor that is still bright: it reads dark. Returns that card, or null. */
    public SensorViewModel shadeOne() {
        int limit = threshold.get();
        List<SensorViewModel> bright = sensors.stream().filter(c -> c.levelProperty().get() >= limit).toList();
        if (bright.isEmpty()) {
            return null;
        }
        SensorViewModel card = bright.get(random.nextInt(bright.size()));
        card.levelProperty().set(SHADE_LEVEL);
        return card;
    }

    /** Every sensor dims, each to its own dark level. */
    public void nightfall() {
        sensors.forEach(c -> c.levelProperty().set(40 + random.nextInt(100)));
    }

    /** Every sensor back to bright, each to its own level. */
    public void daylight() {
        sensors.forEach(c -> c.levelProperty().set(brightLevel()));
    }

    private int brightLevel() {
        return 550 + random.nextInt(200);
    }

    // ----- once a frame -----

    /** Takes over what the sensors and the server reported since the last frame. On the FX thread. */
    public void frame() {
        StadiumSession s = session;
        if (s == null) {
            return;
        }
        boolean any = false;
        Sensor sensor;
        while ((sensor = dirty.poll()) != null) {
            SensorViewModel card = cards.get(sensor);
            if (card != null && sensor.takeDirty()) {
                card.refresh();
                any = true;
            }
        }
        if (any) {
            updateSummary();
        }
        PolicyDecision d = s.takeDecision();
        if (d != null) {
            decision.set(d);
            if (d.ledOn() != null || lightsOn.get() == null) {
                lightsOn.set(d.ledOn());
                headline.set(words.headline(d.ledOn()));
            }
            explanation.set(words.explain(d, Duration.ofSeconds(Math.max(1, freshnessSeconds.get()))));
            bandNote.set(words.bandNote(d, threshold.get()));
        }
        ConnectionState state = s.serverState();
        serverStatus.set(state == null ? Phrases.Status.BUSY : Phrases.status(state));
        serverStateText.set(state == null ? texts.get("connection.connecting") : phrases.state(state, clock.instant()));
        sensorsHeard.set(s.sensorsHeard());
        commandsSent.set(s.commandsSent());
    }

    private void updateSummary() {
        int up = (int) sensors.stream().filter(c -> c.connectedProperty().get()).count();
        connectedCount.set(up);
        full.set(sensors.size() >= MAX_SENSORS);
        summary.set(sensors.isEmpty() ? texts.get("stadium.summary.empty")
                : texts.format("stadium.summary", String.valueOf(sensors.size()), String.valueOf(up)));
    }

    /**
     * Ends the running stadium, if any: its sensors and server say goodbye. Any thread (the app
     * calls it when it closes); returns the same future when called again.
     */
    public CompletableFuture<Void> closeSession() {
        StadiumSession s = session;
        return s == null ? CompletableFuture.completedFuture(null) : s.close();
    }

    // ----- what the view shows -----

    public ObservableList<SensorViewModel> sensors() {
        return readOnlySensors;
    }

    public ObjectProperty<Policy.Kind> policyProperty() {
        return policy;
    }

    /** K of "at least K sensors dark". */
    public IntegerProperty quorumProperty() {
        return quorum;
    }

    public IntegerProperty thresholdProperty() {
        return threshold;
    }

    /** The hysteresis band around the threshold. */
    public IntegerProperty bandProperty() {
        return band;
    }

    /** How long a sensor counts as heard from. */
    public IntegerProperty freshnessSecondsProperty() {
        return freshnessSeconds;
    }

    public ObjectProperty<StadiumServer.Addressing> addressingProperty() {
        return addressing;
    }

    /** The policy's name in the window's language. */
    public String policyName(Policy.Kind kind) {
        return words.policyName(kind);
    }

    /** True while the stadium runs (from the first sensor until "remove all"). */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** True when no more sensors may be added. */
    public ReadOnlyBooleanProperty fullProperty() {
        return full.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty connectedCountProperty() {
        return connectedCount.getReadOnlyProperty();
    }

    /** "12 sensors, 12 connected". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Where the sensors send and the server listens and answers. */
    public ReadOnlyStringProperty topicsTextProperty() {
        return topicsText.getReadOnlyProperty();
    }

    /** The stadium's lights as the server last decided: null before any decision. */
    public ReadOnlyObjectProperty<Boolean> lightsOnProperty() {
        return lightsOn.getReadOnlyProperty();
    }

    /** "Lights on" / "Lights off" / "No decision yet". */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** Why, in a sentence: "3 of 5 sensors below 300, any one is enough: lights on." */
    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** Why the sentence's number is not the threshold (the hysteresis band), or empty. */
    public ReadOnlyStringProperty bandNoteProperty() {
        return bandNote.getReadOnlyProperty();
    }

    /** The newest decision itself, for tests and counts. */
    public ReadOnlyObjectProperty<PolicyDecision> decisionProperty() {
        return decision.getReadOnlyProperty();
    }

    /** What the chosen policy does with a shaded sensor. */
    public ReadOnlyStringProperty policyHintProperty() {
        return policyHint.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phrases.Status> serverStatusProperty() {
        return serverStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty serverStateTextProperty() {
        return serverStateText.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty sensorsHeardProperty() {
        return sensorsHeard.getReadOnlyProperty();
    }

    /** Commands the server has sent: one per change when broadcast, one per sensor otherwise. */
    public ReadOnlyLongProperty commandsSentProperty() {
        return commandsSent.getReadOnlyProperty();
    }
}
