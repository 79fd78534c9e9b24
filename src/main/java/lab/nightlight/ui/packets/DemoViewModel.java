package lab.nightlight.ui.packets;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lab.nightlight.App;
import lab.nightlight.Pane;
import lab.nightlight.SessionOptions;
import lab.nightlight.lesson.Presence;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.Qos;
import lab.nightlight.mqtt.TopicFilter;
import lab.nightlight.server.NightlightServer;
import lab.nightlight.server.ServerListener;
import lab.nightlight.ui.Texts;

/**
 * The one-click demonstrations over the real app: QoS levels, pulling a plug, sessions, last
 * will, keep-alive, retained messages and wildcards. Work that waits on the network completes
 * on {@code fx}; nothing here blocks.
 */
public final class DemoViewModel {

    private final App app;
    private final SequenceModel sequence;
    private final Texts texts;
    private final Executor fx;
    private final ReadOnlyObjectWrapper<Presence> presence = new ReadOnlyObjectWrapper<>(this, "presence", Presence.UNKNOWN);
    private final ObservableList<LateMessage> late = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "+/telemetry");
    private final ReadOnlyStringWrapper filterResult = new ReadOnlyStringWrapper(this, "filterResult", "");
    private final BooleanProperty keepAliveDemo = new SimpleBooleanProperty(this, "keepAliveDemo");
    private final ObjectProperty<Integer> keepAlive = new SimpleObjectProperty<>(this, "keepAlive", 10);
    private final Map<Pane, BooleanProperty> persistent = new EnumMap<>(Pane.class);
    private final ServerListener presenceListener = new ServerListener() {
        @Override
        public void presenceChanged(Presence p, boolean retained, java.time.Instant at) {
            presence.set(p);
        }
    };
    private NightlightServer server;
    private CompletableFuture<MqttConnection> lateSubscriber;

    public DemoViewModel(App app, SequenceModel sequence, Texts texts, Executor fx) {
        this.app = app;
        this.sequence = sequence;
        this.texts = texts;
        this.fx = fx;
        for (Pane p : Pane.values()) {
            persistent.put(p, new SimpleBooleanProperty(this, "persistent" + p));
        }
        filter.addListener((o, a, b) -> updateFilter());
        // New topics may match: at most once a frame, as the diagram takes packets in batches.
        sequence.arrows().addListener((javafx.collections.ListChangeListener<Arrow>) c -> updateFilter());
        keepAliveDemo.addListener((o, a, on) -> {
            if (on) {
                // Pings are the point of this demonstration.
                sequence.hidePingsProperty().set(false);
            }
        });
    }

    /** Follows the current device and server (called again when the app rebuilds them). */
    public void attach(App.Pair pair) {
        if (server != null) {
            server.removeListener(presenceListener);
        }
        server = pair.server();
        server.addListener(presenceListener);
        presence.set(server.presence());
        sequence.setTopics(pair.device().topics());
    }

    /** Everything at one QoS level, then one telemetry: 1, 2 or 4 packets per hop. */
    public CompletableFuture<Void> qos(int level) {
        App.Pair pair = app.pair();
        if (pair == null) {
            return CompletableFuture.completedFuture(null);
        }
        Qos q = Qos.of(level);
        pair.device().setTelemetryQos(q);
        pair.server().setCommandQos(q);
        return CompletableFuture.allOf(pair.device().setCommandQos(q), pair.server().setSubscriptionQos(q))
                .thenCompose(x -> pair.device().sendTelemetry());
    }

    public void pullThePlug(Pane pane, boolean silent) {
        app.pullThePlug(pane, silent);
    }

    public void plugIn(Pane pane) {
        app.plugIn(pane);
    }

    /** A persistent session (300 s) or the lesson's clean one; the pane reconnects with it. */
    public void setPersistent(Pane pane, boolean on) {
        persistent.get(pane).set(on);
        SessionOptions now = app.sessionOptions(pane);
        SessionOptions base = on ? SessionOptions.LESSON.persistent(300) : SessionOptions.LESSON;
        app.setSessionOptions(pane, base.withVersion(now.version()).withKeepAlive(now.keepAliveSeconds()));
    }

    /** Applies the keep-alive to a pane (it reconnects): PINGREQ/PINGRESP at that rhythm. */
    public void applyKeepAlive(Pane pane, int seconds) {
        keepAliveDemo.set(true);
        keepAlive.set(seconds);
        app.setSessionOptions(pane, app.sessionOptions(pane).withKeepAlive(seconds));
    }

    /** A new subscriber to the commands: the stored one arrives retained, live ones without the flag. */
    public void startLateSubscriber() {
        stopLateSubscriber();
        App.Pair pair = app.pair();
        if (pair == null) {
            return;
        }
        late.clear();
        lateSubscriber = app.lateSubscriber(pair.device().topics().commands(), Qos.AT_LEAST_ONCE,
                m -> fx.execute(() -> late.add(new LateMessage(m.topic(),
                        new String(m.payload(), StandardCharsets.UTF_8), m.retain()))));
    }

    public void stopLateSubscriber() {
        if (lateSubscriber != null) {
            lateSubscriber.thenAccept(MqttConnection::close);
            lateSubscriber = null;
        }
    }

    /** Publishes an empty retained message to the commands topic: the broker forgets the stored one. */
    public CompletableFuture<Void> clearRetained() {
        App.Pair pair = app.pair();
        return pair == null ? CompletableFuture.completedFuture(null)
                : app.clearRetained(pair.device().topics().commands());
    }

    /** Recomputes which live topics the filter matches (or why it is not a filter). */
    public void updateFilter() {
        String f = filter.get() == null ? "" : filter.get().trim();
        TopicFilter.Problem problem = TopicFilter.check(f);
        if (problem != null) {
            filterResult.set(texts.get(problem.key())
                    + (f.contains("*") ? " " + texts.get("packets.demo.filter.lesson") : ""));
            return;
        }
        var matching = sequence.liveTopics().stream().filter(t -> TopicFilter.matches(f, t)).toList();
        filterResult.set(matching.isEmpty() ? texts.get("packets.demo.filter.none")
                : texts.format("packets.demo.filter.matches", String.join("\n", matching)));
    }

    public ReadOnlyObjectProperty<Presence> presenceProperty() {
        return presence.getReadOnlyProperty();
    }

    public ObservableList<LateMessage> lateMessages() {
        return late;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyStringProperty filterResultProperty() {
        return filterResult.getReadOnlyProperty();
    }

    public BooleanProperty keepAliveDemoProperty() {
        return keepAliveDemo;
    }

    public BooleanProperty persistentProperty(Pane pane) {
        return persistent.get(pane);
    }

    public void dispose() {
        stopLateSubscriber();
        if (server != null) {
            server.removeListener(presenceListener);
        }
    }
}
