package lab.nightlight;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import lab.nightlight.broker.BrokerSettings;
import lab.nightlight.broker.EmbeddedBroker;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.ConnectOptions;
import lab.nightlight.settings.ConnectionProfile;
import lab.nightlight.trace.PacketHub;
import lab.nightlight.trace.Vantage;

/**
 * Where each pane connects: its {@link ConnectionProfile} and, for the panes on the embedded
 * broker, that broker (its settings, the instance, its address once up, and the future that
 * says when). From these follow a pane's broker address, its login, whether the embedded broker
 * is needed at all, and where packets are seen. Called routes because that is what it answers,
 * the way each pane's client takes to its broker; "wiring" would describe {@link App} as a whole.
 * It connects nothing and starts or stops no broker: {@link BrokerHost} does, and reports the status.
 *
 * <p>Guarded by App's lock, and no lock of its own: this is App's state moved out of App. A
 * profile switch and the embedded broker's start or stop must stay one step together with App's
 * own state (the sessions, the broker status, the rebuild), so App changes these routes only
 * while holding its monitor, as it did when the fields were its own; a second lock here could not
 * make those steps any more atomic, only add a lock order to get wrong ({@link BrokerHost}, which
 * starts and stops the embedded broker, takes App's lock too, also in the broker's start
 * callback that records its address). The fields are volatile, as they were in App, because
 * App also reads them without its lock (a pane's profile for the window, the broker's stats, the
 * address and login for a late subscriber, an extra connection or a pane rebuilt for new session
 * options, the close); the profiles' map is, as it was, a plain EnumMap written only under the
 * lock, its keys fixed from the start. Package-private: for App alone.
 */
final class PaneRoutes {

    private final Map<Pane, ConnectionProfile> profiles = new EnumMap<>(Pane.class);
    private final PacketHub brokerPackets;
    private volatile BrokerSettings embeddedSettings;
    private volatile EmbeddedBroker embeddedBroker;
    private volatile BrokerAddress embeddedAddress;
    /** Completes when the current embedded broker is up (fails if it could not start). */
    private volatile CompletableFuture<BrokerAddress> embeddedReady = CompletableFuture.completedFuture(null);
    private volatile boolean brokerVantage;

    /** The routes {@code config} starts with; an embedded broker made here shows its packets on {@code brokerPackets}. */
    PaneRoutes(App.Config config, PacketHub brokerPackets) {
        this.brokerPackets = brokerPackets;
        embeddedSettings = config.embedded();
        for (Pane pane : Pane.values()) {
            profiles.put(pane, config.profile(pane));
        }
        // Packets are seen inside the broker only when both panes use it; otherwise at the clients.
        brokerVantage = profiles.values().stream().allMatch(ConnectionProfile::embedded);
    }

    /** The profile a pane connects with now. */
    ConnectionProfile profile(Pane pane) {
        return profiles.get(pane);
    }

    /** From now on the pane connects with {@code profile}; App rebuilds the pane and starts or stops the broker. */
    void use(Pane pane, ConnectionProfile profile) {
        profiles.put(pane, profile);
    }

    /** True while at least one pane is on the embedded broker. */
    boolean usesEmbedded() {
        return profiles.values().stream().anyMatch(ConnectionProfile::embedded);
    }

    /** The panes on the embedded broker, the ones a restart of it reconnects. */
    Set<Pane> panesOnEmbedded() {
        Set<Pane> on = EnumSet.noneOf(Pane.class);
        profiles.forEach((pane, profile) -> {
            if (profile.embedded()) {
                on.add(pane);
            }
        });
        return on;
    }

    /** Where a pane's broker is: the embedded one's address (null until it is up) or its profile's. */
    BrokerAddress addressOf(Pane pane) {
        ConnectionProfile profile = profiles.get(pane);
        return profile.embedded() ? embeddedAddress : profile.address();
    }

    /** The pane's login; in classroom mode the app's own panes log in like the students do. */
    ConnectOptions login(Pane pane, ConnectOptions options) {
        ConnectionProfile profile = profiles.get(pane);
        ConnectOptions o = profile.applyTo(options).withVersion(options.version());
        if (profile.embedded() && embeddedSettings.requiresLogin()) {
            o = o.withCredentials(embeddedSettings.username(), embeddedSettings.password());
        }
        return o;
    }

    /** The embedded broker's settings (bind address, classroom login) in use or to use. */
    BrokerSettings embeddedSettings() {
        return embeddedSettings;
    }

    /** Settings for the next embedded broker made; the running one keeps its own. */
    void setEmbeddedSettings(BrokerSettings settings) {
        embeddedSettings = settings;
    }

    /** The current embedded broker, started or starting; null when no pane needs one. */
    EmbeddedBroker embeddedBroker() {
        return embeddedBroker;
    }

    /** Makes a new embedded broker on the current settings, the current one from now; App starts it. */
    EmbeddedBroker newEmbeddedBroker() {
        embeddedBroker = new EmbeddedBroker(embeddedSettings, brokerPackets);
        return embeddedBroker;
    }

    /**
     * Forgets the embedded broker, its address and its ready future, so that a pane that picks
     * it again makes a new one. Returns the forgotten broker for App to stop.
     */
    EmbeddedBroker forgetEmbeddedBroker() {
        EmbeddedBroker old = embeddedBroker;
        embeddedBroker = null;
        embeddedAddress = null;
        embeddedReady = CompletableFuture.completedFuture(null);
        return old;
    }

    BrokerAddress embeddedAddress() {
        return embeddedAddress;
    }

    /** Where the embedded broker listens, once it is up. */
    void setEmbeddedAddress(BrokerAddress address) {
        embeddedAddress = address;
    }

    /** Completes when the current embedded broker is up (fails if it could not start). */
    CompletableFuture<BrokerAddress> embeddedReady() {
        return embeddedReady;
    }

    void setEmbeddedReady(CompletableFuture<BrokerAddress> ready) {
        embeddedReady = ready;
    }

    /** Where packets are seen: inside the embedded broker, or at the clients. */
    Vantage vantage() {
        return brokerVantage ? Vantage.BROKER : Vantage.CLIENT;
    }

    /**
     * Decides again where packets are seen, after the profiles changed: inside the embedded
     * broker only while both panes use it. True if that moved, so App tells its listeners.
     */
    boolean updateVantage() {
        boolean inside = profiles.values().stream().allMatch(ConnectionProfile::embedded);
        if (inside == brokerVantage) {
            return false;
        }
        brokerVantage = inside;
        return true;
    }
}
