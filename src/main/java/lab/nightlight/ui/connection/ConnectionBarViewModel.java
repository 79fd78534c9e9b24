package lab.nightlight.ui.connection;

import java.time.Instant;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import lab.nightlight.BrokerStatus;
import lab.nightlight.broker.BrokerStats;
import lab.nightlight.ui.Texts;
import lab.nightlight.ui.messages.MessagesViewModel;

/** The connection bar: which broker, where, how it is doing, clients and message rate. */
public final class ConnectionBarViewModel {

    /** The broker's state as the bar's dot shows it. */
    public enum BrokerState {
        STARTING, RUNNING, EXTERNAL, FAILED;

        public String styleClass() {
            return "broker-" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static final String TOPIC = "broker";

    private final Texts texts;
    private final MessagesViewModel messages;
    private final RateMeter rate = new RateMeter();
    private final ReadOnlyStringWrapper brokerName = new ReadOnlyStringWrapper(this, "brokerName");
    private final ReadOnlyStringWrapper url = new ReadOnlyStringWrapper(this, "url");
    private final ReadOnlyObjectWrapper<BrokerState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper(this, "stateText");
    private final ReadOnlyStringWrapper clientsText = new ReadOnlyStringWrapper(this, "clientsText");
    private final ReadOnlyStringWrapper rateText = new ReadOnlyStringWrapper(this, "rateText");
    private final ReadOnlyBooleanWrapper countersShown = new ReadOnlyBooleanWrapper(this, "countersShown", true);
    private boolean external;

    public ConnectionBarViewModel(Texts texts, MessagesViewModel messages, BrokerStatus initial) {
        this.texts = Objects.requireNonNull(texts);
        this.messages = Objects.requireNonNull(messages);
        clientsText.set(texts.get("broker.none"));
        rateText.set(texts.get("broker.none"));
        brokerStatus(initial);
    }

    public ReadOnlyStringProperty brokerNameProperty() {
        return brokerName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty urlProperty() {
        return url.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BrokerState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateTextProperty() {
        return stateText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty clientsTextProperty() {
        return clientsText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rateTextProperty() {
        return rateText.getReadOnlyProperty();
    }

    /**
     * False for a broker this app does not run: it cannot count that broker's clients or
     * messages, and the bar gives their room to the broker's address instead.
     */
    public ReadOnlyBooleanProperty countersShownProperty() {
        return countersShown.getReadOnlyProperty();
    }

    /** Called with each of the app's broker events. */
    public void brokerStatus(BrokerStatus status) {
        if (status instanceof BrokerStatus.Starting) {
            counting(true, true);
            brokerName.set(texts.get("broker.embedded"));
            url.set(texts.get("broker.none"));
            set(BrokerState.STARTING, "broker.state.starting");
        } else if (status instanceof BrokerStatus.Embedded e) {
            counting(true, false);
            brokerName.set(texts.get("broker.embedded"));
            url.set(e.info().url());
            set(BrokerState.RUNNING, "broker.state.running");
            if (e.info().fellBack()) {
                messages.info(TOPIC, texts.format("broker.fellBack", e.info().url()));
            } else {
                messages.resolve(TOPIC);
            }
        } else if (status instanceof BrokerStatus.External x) {
            counting(false, true);
            brokerName.set(texts.get("broker.external"));
            url.set(x.address().url());
            set(BrokerState.EXTERNAL, "broker.state.external");
        } else if (status instanceof BrokerStatus.Failed f) {
            clearCounters();
            set(BrokerState.FAILED, "broker.state.failed");
            messages.error(TOPIC, texts.format("broker.failed",
                    texts.format(f.problem().kind().key(), f.problem().args().toArray())));
        }
    }

    /** Called about once a second with the embedded broker's counters. */
    public void poll(BrokerStats stats, Instant at) {
        if (external || state.get() != BrokerState.RUNNING) {
            return;
        }
        clientsText.set(texts.format("broker.clients", stats.connectedClients()));
        double perSecond = rate.update(stats.publishesIn(), at);
        rateText.set(texts.format("broker.rate", shownRate(perSecond)));
    }

    /**
     * Whether the bar counts this broker's clients and messages (only the embedded one's). A
     * broker starting, or another kind of broker, starts from no figures: a switch must not leave
     * the last broker's on show.
     */
    private void counting(boolean embedded, boolean fresh) {
        if (fresh || external == embedded) {
            clearCounters();
        }
        external = !embedded;
        countersShown.set(embedded);
    }

    private void clearCounters() {
        clientsText.set(texts.get("broker.none"));
        rateText.set(texts.get("broker.none"));
        rate.reset();
    }

    /** Tenths below 10 a second, where the lesson's pace is (0.4); whole numbers above. */
    private String shownRate(double perSecond) {
        if (Math.round(perSecond * 10) == 0) {
            return "0";
        }
        return perSecond < 10 ? String.format(texts.locale(), "%.1f", perSecond) : String.valueOf(Math.round(perSecond));
    }

    private void set(BrokerState s, String key) {
        state.set(s);
        stateText.set(texts.get(key));
    }
}
