package lab.nightlight.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import lab.nightlight.lesson.Rejection;
import lab.nightlight.mqtt.ConnectionState;
import lab.nightlight.mqtt.MqttProblem;
import lab.nightlight.mqtt.Qos;
import lab.nightlight.server.LogEntry;

/**
 * Sentences the panes share: connection states, problems with their next step, rejections,
 * QoS names and the server's decisions, all from the bundle.
 */
public final class Phrases {

    /** A connection state reduced to what a status dot shows. */
    public enum Status {
        OFF, BUSY, ON, TROUBLE;

        /** The style class of the dot: {@code status-on}, ... */
        public String styleClass() {
            return "status-" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Texts texts;

    public Phrases(Texts texts) {
        this.texts = Objects.requireNonNull(texts);
    }

    public Texts texts() {
        return texts;
    }

    /** "Connected", "Retrying in 3 s (attempt 2)", ...: short, for a status chip (the bar shows where). */
    public String state(ConnectionState state, Instant now) {
        if (state instanceof ConnectionState.Connecting) {
            return texts.get("connection.connecting");
        }
        if (state instanceof ConnectionState.Connected) {
            return texts.get("connection.connected");
        }
        if (state instanceof ConnectionState.Reconnecting r) {
            long seconds = Math.max(0, (Duration.between(now, r.retryAt()).toMillis() + 999) / 1000);
            return texts.format("connection.reconnecting", String.valueOf(seconds), String.valueOf(r.attempt()));
        }
        if (state instanceof ConnectionState.Disconnected d && d.problem() != null) {
            return texts.get("connection.lost");
        }
        if (state instanceof ConnectionState.Disconnected) {
            return texts.get("connection.disconnected");
        }
        return texts.get("connection.idle");
    }

    public static Status status(ConnectionState state) {
        if (state instanceof ConnectionState.Connected) {
            return Status.ON;
        }
        if (state instanceof ConnectionState.Connecting) {
            return Status.BUSY;
        }
        if (state instanceof ConnectionState.Reconnecting
                || state instanceof ConnectionState.Disconnected d && d.problem() != null) {
            return Status.TROUBLE;
        }
        return Status.OFF;
    }

    /** The problem in the student's language, with what to do next. */
    public String problem(MqttProblem problem) {
        return texts.format(problem.kind().key(), problem.where()) + " " + texts.get(problem.kind().nextStepKey());
    }

    /** Why a payload was not the lesson's, e.g. "the payload is not JSON". */
    public String rejection(Rejection rejection) {
        return texts.get(rejection.reason().key());
    }

    public String qos(Qos qos) {
        return switch (qos) {
            case AT_MOST_ONCE -> texts.get("qos.0");
            case AT_LEAST_ONCE -> texts.get("qos.1");
            case EXACTLY_ONCE -> texts.get("qos.2");
        };
    }

    /** "LED on (120 < 300)" or the rejection's reason. */
    public String decision(LogEntry entry) {
        if (entry.rejected()) {
            return texts.format(entry.explanationKey(), rejection(entry.rejection()));
        }
        return texts.format(entry.explanationKey(), String.valueOf(entry.telemetry().light()),
                String.valueOf(entry.threshold()));
    }
}
