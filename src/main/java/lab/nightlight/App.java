package lab.nightlight;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import lab.nightlight.broker.BrokerException;
import lab.nightlight.broker.BrokerSettings;
import lab.nightlight.broker.EmbeddedBroker;
import lab.nightlight.broker.BrokerStats;
import lab.nightlight.device.VirtualDevice;
import lab.nightlight.lesson.Topics;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.ConnectOptions;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.MqttVersion;
import lab.nightlight.server.NightlightServer;

/**
 * The composition root: builds the broker, the two connections, the device and the server once
 * and hands them to whoever shows them (the window) or drives them (tests, benchmarks). No JavaFX
 * here, so the same wiring runs headless. Changing the device id rebuilds the device and the
 * server with the lesson's client ids for the new id, and tells listeners.
 */
public final class App implements AutoCloseable {

    /** How the app is put together. {@code externalBroker} null means the embedded broker. */
    public record Config(String deviceId, BrokerAddress externalBroker, BrokerSettings embedded, MqttVersion version,
                         Executor events) {
        public Config {
            Objects.requireNonNull(deviceId, "deviceId");
            Objects.requireNonNull(embedded, "embedded");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(events, "events");
        }

        public static Config embedded(String deviceId, Path workRoot, Executor events) {
            return new Config(deviceId, null, BrokerSettings.defaults(workRoot), MqttVersion.V5, events);
        }
    }

    /** The device and server currently in use; replaced when the id changes. */
    public record Pair(VirtualDevice device, NightlightServer server) {
    }

    private final Config config;
    private final EmbeddedBroker embeddedBroker;
    private final List<Consumer<BrokerStatus>> brokerListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Pair>> pairListeners = new CopyOnWriteArrayList<>();
    private volatile BrokerStatus brokerStatus;
    private volatile BrokerAddress address;
    private volatile Pair pair;
    private volatile boolean closed;

    public App(Config config) {
        this.config = config;
        if (config.externalBroker() == null) {
            embeddedBroker = new EmbeddedBroker(config.embedded());
            brokerStatus = new BrokerStatus.Starting();
        } else {
            embeddedBroker = null;
            address = config.externalBroker();
            brokerStatus = new BrokerStatus.External(address);
        }
    }

    public void onBrokerStatus(Consumer<BrokerStatus> listener) {
        brokerListeners.add(listener);
    }

    /** Called with the new pair whenever the device and server are (re)built. */
    public void onPair(Consumer<Pair> listener) {
        pairListeners.add(listener);
    }

    public BrokerStatus brokerStatus() {
        return brokerStatus;
    }

    /** Where the connections go, once the broker is known; null while the embedded one starts. */
    public BrokerAddress brokerAddress() {
        return address;
    }

    public Pair pair() {
        return pair;
    }

    public BrokerStats brokerStats() {
        return embeddedBroker == null ? BrokerStats.NONE : embeddedBroker.stats();
    }

    /**
     * Starts the embedded broker if used, then builds and connects the device and the server.
     * Completes with the pair once both panes' connections are up.
     */
    public CompletableFuture<Pair> start() {
        CompletableFuture<BrokerAddress> broker;
        if (embeddedBroker == null) {
            broker = CompletableFuture.completedFuture(address);
        } else {
            broker = embeddedBroker.start().thenApply(info -> {
                address = BrokerAddress.parse(info.url());
                setBrokerStatus(new BrokerStatus.Embedded(info));
                return address;
            }).whenComplete((a, e) -> {
                if (e != null) {
                    Throwable cause = e.getCause() != null ? e.getCause() : e;
                    setBrokerStatus(new BrokerStatus.Failed(cause instanceof BrokerException
                            ? cause.getMessage() : "The embedded broker could not start: " + cause.getMessage()));
                }
            });
        }
        return broker.thenCompose(a -> build(config.deviceId()));
    }

    /** Rebuilds the device and the server for another id (the lesson's topics and client ids follow). */
    public CompletableFuture<Pair> changeDeviceId(String id) {
        Topics topics = new Topics(id);
        Pair old = pair;
        if (old != null) {
            closePair(old);
        }
        return build(topics.id());
    }

    private CompletableFuture<Pair> build(String id) {
        Topics topics = new Topics(id);
        MqttConnection deviceConnection = MqttConnection.create(address,
                connectOptions(topics.deviceClientId()), config.events());
        MqttConnection serverConnection = MqttConnection.create(address,
                connectOptions(topics.serverClientId()), config.events());
        VirtualDevice device = new VirtualDevice(deviceConnection, topics, config.events());
        NightlightServer server = new NightlightServer(serverConnection, topics, config.events());
        Pair next = new Pair(device, server);
        pair = next;
        pairListeners.forEach(l -> config.events().execute(() -> l.accept(next)));
        device.start();
        server.start();
        if (closed) {
            closePair(next);
            return CompletableFuture.failedFuture(new IllegalStateException("closed"));
        }
        return CompletableFuture.allOf(deviceConnection.connect(), serverConnection.connect()).thenApply(x -> next);
    }

    private ConnectOptions connectOptions(String clientId) {
        // The window keeps trying while a broker is away; it says so and counts down.
        return ConnectOptions.defaults(clientId).withVersion(config.version()).withRetryFirstConnect(true);
    }

    private void setBrokerStatus(BrokerStatus status) {
        brokerStatus = status;
        brokerListeners.forEach(l -> config.events().execute(() -> l.accept(status)));
    }

    private static void closePair(Pair p) {
        p.device().close();
        p.server().close();
        p.device().connection().close();
        p.server().connection().close();
    }

    /** Disconnects both panes and stops the embedded broker in the background; returns at once. */
    @Override
    public void close() {
        closed = true;
        Pair p = pair;
        if (p != null) {
            closePair(p);
        }
        if (embeddedBroker != null) {
            embeddedBroker.stop();
        }
    }
}
