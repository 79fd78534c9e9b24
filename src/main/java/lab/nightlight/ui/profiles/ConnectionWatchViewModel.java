package lab.nightlight.ui.profiles;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import lab.nightlight.BrokerStatus;
import lab.nightlight.Pane;
import lab.nightlight.lesson.DeviceIds;
import lab.nightlight.mqtt.ConnectionState;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.MqttProblem;
import lab.nightlight.ui.Texts;

/**
 * What the connection bar adds for real brokers: a countdown while a pane reconnects ("Device:
 * reconnecting in 3 s (attempt 2)"), the way forward for a problem the user must fix (a wrong
 * login or TLS trust: change the connection; a stolen client id: use a unique id), and in
 * classroom mode the addresses students use. The problems' sentences themselves are posted to
 * the message area by the device and server panes. Use on the FX thread.
 */
public final class ConnectionWatchViewModel {

    /** The way forward the bar offers, if any. */
    public enum Fix {
        NONE(""), CHANGE_CONNECTION("profiles.fix.connection"), UNIQUE_ID("profiles.fix.uniqueId");

        private final String key;

        Fix(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private final Texts texts;
    private final java.time.Clock clock;
    private final Runnable openDialog;
    private final Consumer<String> changeId;
    private final Map<Pane, ConnectionState> states = new EnumMap<>(Pane.class);
    private final Map<Pane, AutoCloseable> handles = new EnumMap<>(Pane.class);
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper(this, "countdown", "");
    private final ReadOnlyObjectWrapper<Fix> fix = new ReadOnlyObjectWrapper<>(this, "fix", Fix.NONE);
    private final ReadOnlyStringWrapper fixText = new ReadOnlyStringWrapper(this, "fixText", "");
    private final ReadOnlyStringWrapper classroom = new ReadOnlyStringWrapper(this, "classroom", "");

    /**
     * @param openDialog opens the connection dialog
     * @param changeId   uses another device id for both panes
     */
    public ConnectionWatchViewModel(Texts texts, java.time.Clock clock, Runnable openDialog, Consumer<String> changeId) {
        this.texts = Objects.requireNonNull(texts);
        this.clock = Objects.requireNonNull(clock);
        this.openDialog = Objects.requireNonNull(openDialog);
        this.changeId = Objects.requireNonNull(changeId);
    }

    /** Follows a pane's (new) connection; its states arrive on the app's event executor. */
    public void attach(Pane pane, MqttConnection connection) {
        detach(pane);
        states.put(pane, connection.state());
        handles.put(pane, connection.onState(s -> state(pane, s)));
        refresh(clock.instant());
    }

    public void detach(Pane pane) {
        AutoCloseable h = handles.remove(pane);
        if (h != null) {
            try {
                h.close();
            } catch (Exception e) {
                // removing a listener does not fail
            }
        }
        states.remove(pane);
    }

    /** A pane's connection state (also for tests without a connection). */
    public void state(Pane pane, ConnectionState state) {
        states.put(pane, state);
        refresh(clock.instant());
    }

    /** Called once a second: the countdown counts. */
    public void tick(Instant now) {
        refresh(now);
    }

    /** Classroom mode shows the students' addresses; otherwise nothing. */
    public void brokerStatus(BrokerStatus status) {
        if (status instanceof BrokerStatus.Embedded e && isWildcard(e.info().bindAddress())) {
            List<String> urls = e.info().networkUrls();
            classroom.set(urls.isEmpty() ? texts.get("profiles.classroom.noAddress")
                    : texts.format("profiles.classroom.addresses", String.join(", ", urls)));
        } else if (!(status instanceof BrokerStatus.Starting)) {
            classroom.set("");
        }
    }

    private static boolean isWildcard(String bind) {
        return "0.0.0.0".equals(bind) || "::".equals(bind);
    }

    /** Takes the way forward the bar offers. */
    public void runFix() {
        switch (fix.get()) {
            case CHANGE_CONNECTION -> openDialog.run();
            case UNIQUE_ID -> changeId.accept(DeviceIds.random());
            default -> {
                // nothing to do
            }
        }
    }

    private void refresh(Instant now) {
        List<String> parts = new ArrayList<>();
        Fix next = Fix.NONE;
        for (Pane pane : Pane.values()) {
            ConnectionState s = states.get(pane);
            MqttProblem problem = null;
            if (s instanceof ConnectionState.Reconnecting r) {
                long seconds = Math.max(0, (Duration.between(now, r.retryAt()).toMillis() + 999) / 1000);
                parts.add(texts.format("profiles.countdown", side(pane), String.valueOf(seconds),
                        String.valueOf(r.attempt())));
                problem = r.problem();
            } else if (s instanceof ConnectionState.Disconnected d) {
                problem = d.problem();
            }
            Fix f = fixFor(problem);
            if (f != Fix.NONE) {
                next = f;
            }
        }
        countdown.set(String.join("   ", parts));
        fix.set(next);
        fixText.set(next == Fix.NONE ? "" : texts.get(next.key()));
    }

    private String side(Pane pane) {
        return texts.get(pane == Pane.DEVICE ? "profiles.side.device" : "profiles.side.server");
    }

    static Fix fixFor(MqttProblem problem) {
        if (problem == null) {
            return Fix.NONE;
        }
        return switch (problem.kind()) {
            case BAD_CREDENTIALS, NOT_AUTHORIZED, TLS_UNTRUSTED, TLS_WRONG_HOST, TLS_FAILED, TLS_CA_FILE,
                 WEBSOCKET_REFUSED, UNKNOWN_HOST -> Fix.CHANGE_CONNECTION;
            case SESSION_TAKEN_OVER, RECONNECT_LOOP, CLIENT_ID_REJECTED -> Fix.UNIQUE_ID;
            default -> Fix.NONE;
        };
    }

    public ReadOnlyStringProperty countdownProperty() {
        return countdown.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Fix> fixProperty() {
        return fix.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fixTextProperty() {
        return fixText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty classroomProperty() {
        return classroom.getReadOnlyProperty();
    }
}
