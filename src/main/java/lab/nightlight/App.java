package lab.nightlight;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import lab.nightlight.broker.BrokerInfo;
import lab.nightlight.broker.BrokerSettings;
import lab.nightlight.broker.BrokerStats;
import lab.nightlight.broker.EmbeddedBroker;
import lab.nightlight.device.VirtualDevice;
import lab.nightlight.lesson.Topics;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.ConnectOptions;
import lab.nightlight.mqtt.Message;
import lab.nightlight.mqtt.Qos;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.MqttVersion;
import lab.nightlight.server.NightlightServer;
import lab.nightlight.settings.ConnectionProfile;
import lab.nightlight.trace.PacketHub;
import lab.nightlight.trace.PacketRelay;
import lab.nightlight.trace.Vantage;

/**
 * The composition root: builds the broker, the two connections, the device and the server once
 * and hands them to whoever shows them (the window) or drives them (tests, benchmarks). No JavaFX
 * here, so the same wiring runs headless.
 *
 * <p>Each pane's connection runs through its own loopback {@link PacketRelay} ({@link Plugs}), so a teacher can
 * pull either pane's plug. Packets are observed inside the embedded broker; on an external
 * broker, by the relays (the clients' vantage point). Changing the device id or a pane's session
 * options rebuilds that side with the same settings and tells {@link #onPair} listeners. Where
 * each pane connects (its profile, the embedded broker's settings, instance and address, the
 * logins and where packets are seen) is kept in {@link PaneRoutes}, and the embedded broker's start,
 * restart and stop with the status they report in {@link BrokerHost}, both under this App's lock.
 */
public final class App implements AutoCloseable {

    /**
     * How the app is put together. {@code externalBroker} null means the embedded broker. Each
     * pane may instead use its own {@link ConnectionProfile} ({@code deviceProfile},
     * {@code serverProfile}; null means "as {@code externalBroker} says"), so either side can be a
     * real device or the lesson's Python code on another broker.
     */
    public record Config(String deviceId, BrokerAddress externalBroker, BrokerSettings embedded, MqttVersion version,
                         Executor events, ConnectionProfile deviceProfile, ConnectionProfile serverProfile) {
        public Config {
            Objects.requireNonNull(deviceId, "deviceId");
            Objects.requireNonNull(embedded, "embedded");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(events, "events");
        }

        public Config(String deviceId, BrokerAddress externalBroker, BrokerSettings embedded, MqttVersion version,
                      Executor events) {
            this(deviceId, externalBroker, embedded, version, events, null, null);
        }

        /** The same app with these profiles for the device and the server pane. */
        public Config withProfiles(ConnectionProfile device, ConnectionProfile server) {
            return new Config(deviceId, externalBroker, embedded, version, events, device, server);
        }

        ConnectionProfile profile(Pane pane) {
            ConnectionProfile p = pane == Pane.DEVICE ? deviceProfile : serverProfile;
            if (p != null) {
                return p;
            }
            ConnectionProfile base = externalBroker == null ? ConnectionProfile.embeddedBroker()
                    : ConnectionProfile.external("External", externalBroker.url());
            return new ConnectionProfile(base.name(), base.embedded(), base.url(), version, null, null, false, null,
                    false, null);
        }

        public static Config embedded(String deviceId, Path workRoot, Executor events) {
            return new Config(deviceId, null, BrokerSettings.defaults(workRoot), MqttVersion.V5, events);
        }
    }

    /** The device and server currently in use; replaced when the id or session options change. */
    public record Pair(VirtualDevice device, NightlightServer server) {
    }

    private static final AtomicInteger LATE_SUBSCRIBERS = new AtomicInteger();
    /** How long after the server is listening a device with no answer yet reports again. */
    private static final Duration UNHEARD_AFTER = Duration.ofMillis(300);
    private final Config config;
    /** Where each pane connects; guarded by this App's lock (see PaneRoutes). */
    private final PaneRoutes routes;
    private final PacketHub brokerPackets = new PacketHub();
    private final PacketHub clientPackets = new PacketHub();
    private final Map<Pane, SessionOptions> sessions = new EnumMap<>(Pane.class);
    private final Plugs plugs = new Plugs(clientPackets);
    private final List<Consumer<Pair>> pairListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Vantage>> vantageListeners = new CopyOnWriteArrayList<>();
    private final List<Supplier<CompletableFuture<?>>> alsoClose = new CopyOnWriteArrayList<>();
    /** The embedded broker's start, restart and stop, and the broker status; under this App's lock too. */
    private final BrokerHost broker;
    private volatile Pair pair;
    private volatile boolean closed;

    public App(Config config) {
        this.config = config;
        routes = new PaneRoutes(config, brokerPackets);
        SessionOptions lesson = SessionOptions.LESSON.withVersion(config.version());
        for (Pane pane : Pane.values()) {
            sessions.put(pane, lesson.withVersion(routes.profile(pane).version()));
        }
        broker = new BrokerHost(this, routes, config.events());
    }

    /** The profile a pane connects with now. */
    public ConnectionProfile profile(Pane pane) {
        return routes.profile(pane);
    }

    /** The embedded broker's settings (bind address, classroom login) in use or to use. */
    public BrokerSettings embeddedSettings() {
        return routes.embeddedSettings();
    }

    /** True when the pane's connection runs through a relay, so its plug can be pulled. */
    public boolean hasPlug(Pane pane) {
        return plugs.has(pane);
    }

    public void onBrokerStatus(Consumer<BrokerStatus> listener) {
        broker.onStatus(listener);
    }

    /**
     * Called on the event executor when where packets are seen changes (a pane moved to or from
     * the embedded broker): the view listens again on {@link #packets()} and says so.
     */
    public void onVantage(Consumer<Vantage> listener) {
        vantageListeners.add(listener);
    }

    private void updateVantage() {
        if (routes.updateVantage()) {
            Vantage now = vantage();
            vantageListeners.forEach(l -> config.events().execute(() -> l.accept(now)));
        }
    }

    /** Called on the event executor with the new pair whenever the device or server is (re)built. */
    public void onPair(Consumer<Pair> listener) {
        pairListeners.add(listener);
    }

    public BrokerStatus brokerStatus() {
        return broker.status();
    }

    /** Where the broker is (not the relays), once known; null while the embedded one starts. */
    public BrokerAddress brokerAddress() {
        return broker.address();
    }

    public Pair pair() {
        return pair;
    }

    public BrokerStats brokerStats() {
        // Read once: a pane switching away may forget the broker between two reads.
        EmbeddedBroker embedded = routes.embeddedBroker();
        return embedded == null ? BrokerStats.NONE : embedded.stats();
    }

    /** The packets to draw: seen inside the embedded broker, or at the clients on an external one. */
    public PacketHub packets() {
        return routes.vantage() == Vantage.BROKER ? brokerPackets : clientPackets;
    }

    public Vantage vantage() {
        return routes.vantage();
    }

    public SessionOptions sessionOptions(Pane pane) {
        return sessions.get(pane);
    }

    /**
     * Starts the embedded broker if used, then builds and connects the device and the server.
     * Completes with the pair once both panes' connections are up.
     */
    public CompletableFuture<Pair> start() {
        CompletableFuture<BrokerAddress> ready;
        synchronized (this) {
            ready = broker.startIfNeeded();
        }
        return ready.thenCompose(a -> {
            synchronized (this) {
                for (Pane pane : Pane.values()) {
                    plugs.open(pane, routes.addressOf(pane));
                }
                Topics topics = new Topics(config.deviceId());
                return publish(new Pair(newDevice(topics, null), newServer(topics, null)));
            }
        });
    }

    /**
     * Connects one pane with another profile (the embedded broker, or an address with its
     * transport, version, login and TLS trust), rebuilding that side as {@link #setSessionOptions}
     * does. The embedded broker starts first if this is the first pane to use it. Plain
     * {@code mqtt://} brokers are reached through a relay (the plug can be pulled); TLS and
     * WebSocket brokers directly.
     */
    public CompletableFuture<Pair> switchProfile(Pane pane, ConnectionProfile profile) {
        Map<Pane, ConnectionProfile> next = new EnumMap<>(Pane.class);
        next.put(pane, Objects.requireNonNull(profile, "profile"));
        return switchProfiles(next);
    }

    /**
     * Like {@link #switchProfile} for both panes at once: {@code device} and {@code server} may
     * be the same profile. A pane whose profile is unchanged keeps its connection.
     */
    public CompletableFuture<Pair> switchProfiles(ConnectionProfile device, ConnectionProfile server) {
        Map<Pane, ConnectionProfile> next = new EnumMap<>(Pane.class);
        if (!device.equals(routes.profile(Pane.DEVICE))) {
            next.put(Pane.DEVICE, device);
        }
        if (!server.equals(routes.profile(Pane.SERVER))) {
            next.put(Pane.SERVER, server);
        }
        return next.isEmpty() ? CompletableFuture.completedFuture(pair) : switchProfiles(next);
    }

    private CompletableFuture<Pair> switchProfiles(Map<Pane, ConnectionProfile> next) {
        CompletableFuture<BrokerAddress> ready;
        synchronized (this) {
            next.forEach((pane, profile) -> {
                routes.use(pane, profile);
                sessions.put(pane, sessions.get(pane).withVersion(profile.version()));
            });
            ready = broker.followRoutes(next.values().stream().anyMatch(ConnectionProfile::embedded));
            // Where packets are seen follows the profiles, before start (saved profiles) and after
            // (a pane moved): inside the embedded broker only while both panes use it.
            updateVantage();
        }
        return ready.thenCompose(a -> rebuild(EnumSet.copyOf(next.keySet())))
                .thenApply(p -> {
                    // The panes' old clients on the embedded broker were ended by the rebuild.
                    broker.stopIfUnused(closed);
                    return p;
                });
    }

    /**
     * Restarts the embedded broker with other settings (classroom mode: listening on the
     * network with a login), a new broker instance on a fresh folder; the old one stops in the
     * background first, so the port is free. Panes on the embedded broker reconnect to the new
     * one (with the classroom login). Completes with where the new broker listens.
     */
    public CompletableFuture<BrokerInfo> restartEmbedded(BrokerSettings settings) {
        return broker.restart(Objects.requireNonNull(settings, "settings"), this::rebuild);
    }

    /** Replaces the device and/or server with new ones on their panes' current profiles. */
    private synchronized CompletableFuture<Pair> rebuild(Set<Pane> panes) {
        Pair old = pair;
        if (old == null || closed) {
            return CompletableFuture.completedFuture(old);
        }
        Topics topics = old.device().topics();
        VirtualDevice device = old.device();
        NightlightServer server = old.server();
        for (Pane pane : panes) {
            plugs.closeAfter(pane, pane == Pane.DEVICE ? closeDevice(old.device()) : closeServer(old.server()));
            plugs.open(pane, routes.addressOf(pane));
        }
        if (panes.contains(Pane.DEVICE)) {
            device = newDevice(topics, old.device());
        }
        if (panes.contains(Pane.SERVER)) {
            server = newServer(topics, old.server());
        }
        return publish(new Pair(device, server));
    }

    /** Rebuilds the device and the server for another id (the lesson's topics and client ids follow). */
    public synchronized CompletableFuture<Pair> changeDeviceId(String id) {
        Topics topics = new Topics(id);
        Pair old = pair;
        Pair next = new Pair(newDevice(topics, old == null ? null : old.device()),
                newServer(topics, old == null ? null : old.server()));
        if (old != null) {
            closeDevice(old.device());
            closeServer(old.server());
        }
        return publish(next);
    }

    /**
     * Reconnects one pane with new session options (keep-alive, clean start, expiry, version).
     * Under the lock, as a profile switch: both write the sessions and replace the pair.
     */
    public synchronized CompletableFuture<Pair> setSessionOptions(Pane pane, SessionOptions options) {
        sessions.put(pane, Objects.requireNonNull(options));
        Pair old = pair;
        if (old == null) {
            return CompletableFuture.completedFuture(null);
        }
        Topics topics = old.device().topics();
        Pair next;
        if (pane == Pane.DEVICE) {
            next = new Pair(newDevice(topics, old.device()), old.server());
            closeDevice(old.device());
        } else {
            next = new Pair(old.device(), newServer(topics, old.server()));
            closeServer(old.server());
        }
        return publish(next);
    }

    /**
     * Pulls a pane's plug: with {@code silent}, traffic stops but the sockets stay open (a cable
     * pulled: the broker notices when the keep-alive runs out); otherwise both sockets are reset
     * at once (a crash). Either way no DISCONNECT is sent. The pane reconnects after {@link #plugIn}.
     */
    public void pullThePlug(Pane pane, boolean silent) {
        plugs.pull(pane, silent);
    }

    public void plugIn(Pane pane) {
        plugs.plugIn(pane);
    }

    public boolean isUnplugged(Pane pane) {
        return plugs.isUnplugged(pane);
    }

    /**
     * Starts a new subscriber on {@code filter}, as a student who joins late: it receives the
     * retained message at once, flagged as retained, then live messages without the flag.
     * Close the returned connection to end it.
     */
    public CompletableFuture<MqttConnection> lateSubscriber(String filter, Qos qos, Consumer<Message> handler) {
        String id = (pair == null ? config.deviceId() : pair.device().topics().id()) + "late_subscriber_"
                + LATE_SUBSCRIBERS.incrementAndGet();
        MqttConnection late = MqttConnection.create(routes.addressOf(Pane.DEVICE),
                routes.login(Pane.DEVICE, ConnectOptions.defaults(id).withVersion(config.version())), config.events());
        late.subscribe(filter, qos, handler);
        return late.connect().thenApply(x -> late);
    }

    /**
     * A client of its own on the device pane's broker, for devices beyond the lesson's one (the
     * stadium's sensors and their server): that pane's version, login and TLS trust, straight to
     * the broker (no relay, so no plug to pull), retrying while the broker is away, callbacks on
     * {@code events}. Completes once the broker is up (the embedded one may still be starting);
     * the caller connects it and ends it, and registers its goodbye with {@link #closeAlso}.
     */
    public CompletableFuture<MqttConnection> extraConnection(ConnectOptions options, Executor events) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(events, "events");
        if (closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("The app is closed."));
        }
        CompletableFuture<BrokerAddress> ready = routes.profile(Pane.DEVICE).embedded() ? routes.embeddedReady()
                : CompletableFuture.completedFuture(routes.addressOf(Pane.DEVICE));
        return ready.thenApply(a -> {
            BrokerAddress broker = routes.addressOf(Pane.DEVICE);
            if (broker == null) {
                throw new IllegalStateException("The broker has not started yet.");
            }
            ConnectOptions o = routes.login(Pane.DEVICE, options.withVersion(routes.profile(Pane.DEVICE).version()));
            return MqttConnection.create(broker, o.withRetryFirstConnect(true), events);
        });
    }

    /**
     * Something more to end with the app, such as the stadium's clients: {@link #close} calls it
     * with the panes' goodbyes and waits for its future (as for theirs, at most 2 s) before the
     * relays close and the embedded broker stops. It may be called again by its owner first, so
     * it should return the same future when it is.
     */
    public void closeAlso(Supplier<CompletableFuture<?>> goodbye) {
        alsoClose.add(Objects.requireNonNull(goodbye));
    }

    /** Clears a retained message the MQTT way: an empty payload published with the retain flag set. */
    public CompletableFuture<Void> clearRetained(String topic) {
        Pair p = pair;
        if (p == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("not started"));
        }
        return p.server().connection().publish(topic, new byte[0], Qos.AT_LEAST_ONCE, true);
    }

    private MqttConnection connection(Pane pane, ConnectOptions options) {
        BrokerAddress broker = routes.addressOf(pane);
        ConnectOptions o = routes.login(pane, sessions.get(pane).applyTo(options));
        // The window keeps trying while a broker is away; it says so and counts down.
        o = o.withRetryFirstConnect(true);
        // The device and the server handle each message on the client's thread and tell their
        // listeners in bounded batches: a flood then slows the broker, not the window.
        return plugs.connect(pane, broker, o, config.events(), MqttConnection.INLINE);
    }

    private VirtualDevice newDevice(Topics topics, VirtualDevice old) {
        ConnectOptions options = ConnectOptions.defaults(topics.deviceClientId())
                .withWill(VirtualDevice.presenceWill(topics));
        VirtualDevice device = new VirtualDevice(connection(Pane.DEVICE, options), topics, config.events());
        if (old != null) {
            device.copySettingsFrom(old);
        }
        return device;
    }

    private NightlightServer newServer(Topics topics, NightlightServer old) {
        NightlightServer server = new NightlightServer(
                connection(Pane.SERVER, ConnectOptions.defaults(topics.serverClientId())), topics, config.events());
        if (old != null) {
            server.copySettingsFrom(old);
        }
        return server;
    }

    /** Makes {@code next} current, tells listeners, and connects whatever is not connected yet. */
    private CompletableFuture<Pair> publish(Pair next) {
        pair = next;
        pairListeners.forEach(l -> config.events().execute(() -> l.accept(next)));
        if (closed) {
            close();
            return CompletableFuture.failedFuture(new IllegalStateException("closed"));
        }
        next.device().start();
        next.server().start();
        CompletableFuture<Void> serverReady = next.server().connection().connect();
        serverReady.thenRunAsync(() -> reportAgainIfUnheard(next.device()),
                CompletableFuture.delayedExecutor(UNHEARD_AFTER.toMillis(), TimeUnit.MILLISECONDS));
        return CompletableFuture.allOf(next.device().connection().connect(), serverReady).thenApply(x -> next);
    }

    /**
     * The device reports as soon as its own subscription is acknowledged. If that was before the
     * server had subscribed, the broker had no one to give the report to (QoS 0, the lesson's default) and the LED would
     * wait for the next one, 5 s later. So shortly after the server listens, a device still
     * unanswered reports again (shortly after: an answer may be on its way).
     */
    private static void reportAgainIfUnheard(VirtualDevice device) {
        if (device.connection().state().isConnected() && device.telemetrySent() > 0 && device.commandsReceived() == 0) {
            device.sendTelemetry();
        }
    }

    private static CompletableFuture<Void> closeDevice(VirtualDevice device) {
        device.close();
        return device.disconnect();
    }

    private static CompletableFuture<Void> closeServer(NightlightServer server) {
        server.close();
        CompletableFuture<Void> gone = server.connection().disconnect();
        server.connection().close();
        return gone;
    }

    /**
     * Disconnects both panes (the device says "offline" first) and then, in the background,
     * closes the relays and stops the embedded broker; returns at once. The relays close only
     * after the goodbyes, or a pane would see its connection lost and try again.
     */
    @Override
    public void close() {
        closed = true;
        Pair p = pair;
        List<CompletableFuture<?>> all = new ArrayList<>();
        if (p != null) {
            all.add(p.device().disconnect());
            all.add(p.server().connection().disconnect());
        }
        for (Supplier<CompletableFuture<?>> also : alsoClose) {
            try {
                all.add(also.get());
            } catch (RuntimeException e) {
                // one failing goodbye must not keep the broker running
            }
        }
        CompletableFuture<Void> goodbyes = CompletableFuture.allOf(all.toArray(CompletableFuture[]::new));
        if (p != null) {
            p.device().close();
            p.server().close();
        }
        goodbyes.orTimeout(2, TimeUnit.SECONDS).whenComplete((ok, e) -> {
            if (p != null) {
                // Whatever hung, no pane may reconnect once its relay is gone.
                p.device().connection().disconnect();
                p.server().connection().disconnect();
            }
            plugs.closeAll();
            broker.stopOnClose();
        });
    }
}
