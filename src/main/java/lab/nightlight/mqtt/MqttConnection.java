package lab.nightlight.mqtt;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client's connection to one broker: the shared MQTT service that the device, the server, the
 * window and the commands all use. It connects, reconnects with backoff, resubscribes whenever
 * the broker has no session for it, publishes and routes incoming messages to the handler of the
 * subscription they match. Every callback runs on the executor the caller gives (the window's
 * FX executor, or {@code Runnable::run} headless); messages may be given an executor of their own.
 */
public final class MqttConnection implements AutoCloseable {

    /** Runs a message handler on the client's thread (see {@link #create(BrokerAddress, ConnectOptions, Executor, Executor)}). */
    public static final Executor INLINE = Runnable::run;

    private static final Logger LOG = LoggerFactory.getLogger(MqttConnection.class);

    /** A close within this time of connecting counts towards a reconnect loop. */
    private static final Duration FLAP_WINDOW = Duration.ofSeconds(3);
    /** This many quick closes in a row mean two clients are fighting over one client id. */
    private static final int FLAP_LIMIT = 3;

    private final BrokerAddress address;
    private final Supplier<Throwable> upstreamFailure;
    private final ConnectOptions options;
    private final Executor callbacks;
    private final Driver driver;
    private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();
    private final List<Consumer<ConnectionState>> stateListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<MqttProblem>> problemListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> readyListeners = new CopyOnWriteArrayList<>();

    private final Object lock = new Object();
    private ConnectionState state = new ConnectionState.Idle();
    private CompletableFuture<Void> connected = new CompletableFuture<>();
    private boolean everConnected;
    private boolean stopping;
    private Instant lastConnectedAt = Instant.EPOCH;
    private int quickCloses;
    /** True from connect() until connected: the client then counts the first try as an attempt. */
    private boolean connecting;

    private record Subscription(String filter, Qos qos, Consumer<Message> handler) {
    }

    private MqttConnection(BrokerAddress address, BrokerAddress dial, Supplier<Throwable> upstreamFailure,
                           ConnectOptions options, Executor callbacks, Executor messages) {
        this.upstreamFailure = upstreamFailure;
        this.address = Objects.requireNonNull(address, "address");
        this.options = Objects.requireNonNull(options, "options");
        this.callbacks = Objects.requireNonNull(callbacks, "callbacks");
        Driver.Events events = new Driver.Events() {
            @Override
            public void connected(boolean sessionPresent) {
                onConnected(sessionPresent);
            }

            @Override
            public Duration disconnected(boolean byUser, Throwable cause, int attempts) {
                return onDisconnected(byUser, cause, attempts);
            }

            @Override
            public void message(Message message) {
                route(message);
            }
        };
        Driver built;
        try {
            built = options.version() == MqttVersion.V5
                    ? new Mqtt5Driver(dial, options, events, messages)
                    : new Mqtt3Driver(dial, options, events, messages);
        } catch (IllegalArgumentException e) {
            // Settings that cannot work (an unreadable CA file): connect() says so, nothing throws.
            built = new UnusableDriver(new MqttProblem(MqttProblem.Kind.TLS_CA_FILE, address.url(), e.getMessage()),
                    events);
        }
        this.driver = built;
    }

    /**
     * A connection that dials a local relay ({@code dial}) standing in for {@code broker}: everything
     * it says names the broker, and a failure the relay met on its way to the broker (refused,
     * unknown host) is reported as that, not as the relay closing the connection.
     */
    public static MqttConnection createVia(BrokerAddress broker, BrokerAddress dial, Supplier<Throwable> upstreamFailure,
                                           ConnectOptions options, Executor callbacks) {
        return createVia(broker, dial, upstreamFailure, options, callbacks, callbacks);
    }

    /** The same, with messages handed to their handlers on {@code messages} (see {@link #create(BrokerAddress, ConnectOptions, Executor, Executor)}). */
    public static MqttConnection createVia(BrokerAddress broker, BrokerAddress dial, Supplier<Throwable> upstreamFailure,
                                           ConnectOptions options, Executor callbacks, Executor messages) {
        return new MqttConnection(broker, dial, upstreamFailure, options, callbacks, messages);
    }

    public static MqttConnection create(BrokerAddress address, ConnectOptions options, Executor callbacks) {
        return create(address, options, callbacks, callbacks);
    }

    /**
     * A connection whose state and problems are told on {@code callbacks} and whose messages are
     * handed to their handlers on {@code messages}. With {@link #INLINE} a handler runs on the
     * client's own thread, one message after the other, and the next is not taken until it
     * returns: a flood then meets the broker's flow control (unacknowledged QoS 1 and 2 messages,
     * TCP) instead of piling up in a queue, so the handler must be quick and thread-safe.
     */
    public static MqttConnection create(BrokerAddress address, ConnectOptions options, Executor callbacks,
                                        Executor messages) {
        return new MqttConnection(address, address, () -> null, options, callbacks, messages);
    }

    public BrokerAddress address() {
        return address;
    }

    public ConnectOptions options() {
        return options;
    }

    public ConnectionState state() {
        synchronized (lock) {
            return state;
        }
    }

    /** Listens to state changes on the callback executor; returns a handle that stops listening. */
    public AutoCloseable onState(Consumer<ConnectionState> listener) {
        stateListeners.add(listener);
        return () -> stateListeners.remove(listener);
    }

    /**
     * Called on the callback executor after every connect once the broker has acknowledged the
     * subscriptions (at once when it kept the session): from then on nothing published to them is
     * missed. "Connected" comes earlier, before the subscriptions are renewed. Returns a handle
     * that stops listening.
     */
    public AutoCloseable onReady(Runnable listener) {
        readyListeners.add(listener);
        return () -> readyListeners.remove(listener);
    }

    /** Listens to problems that do not end the connection, such as a refused resubscription. */
    public AutoCloseable onProblem(Consumer<MqttProblem> listener) {
        problemListeners.add(listener);
        return () -> problemListeners.remove(listener);
    }

    /**
     * Connects. The future completes when the broker accepted the connection and acknowledged
     * the subscriptions made so far, or fails with an
     * {@link MqttException} once no further attempt will be made (at once, unless
     * {@link ConnectOptions#retryFirstConnect()}).
     */
    public CompletableFuture<Void> connect() {
        synchronized (lock) {
            if (!(state instanceof ConnectionState.Idle) && !(state instanceof ConnectionState.Disconnected)) {
                return connected;
            }
            if (connected.isDone()) {
                connected = new CompletableFuture<>();
            }
            stopping = false;
            quickCloses = 0;
            connecting = true;
            setState(new ConnectionState.Connecting(address));
        }
        driver.connect();
        return connected;
    }

    /** Disconnects cleanly (a DISCONNECT packet, so no last will) and stops reconnecting. */
    public CompletableFuture<Void> disconnect() {
        synchronized (lock) {
            stopping = true;
            if (state instanceof ConnectionState.Idle || state instanceof ConnectionState.Disconnected) {
                return CompletableFuture.completedFuture(null);
            }
            if (state instanceof ConnectionState.Reconnecting) {
                // Nothing to close: stop the waiting attempt, or it would connect after all.
                driver.cancelReconnect();
                setState(new ConnectionState.Disconnected(null));
                failConnect(null, null);
                return CompletableFuture.completedFuture(null);
            }
        }
        return driver.disconnect().handle((ok, e) -> {
            synchronized (lock) {
                if (!(state instanceof ConnectionState.Disconnected)) {
                    setState(new ConnectionState.Disconnected(null));
                }
            }
            return null;
        });
    }

    /**
     * Subscribes now if connected, and again after every connect where the broker kept no
     * session. The handler receives messages whose topic matches {@code filter}.
     */
    public CompletableFuture<Void> subscribe(String filter, Qos qos, Consumer<Message> handler) {
        String problem = TopicFilter.problemWith(filter);
        if (problem == null) {
            problem = Problems.invalidFilter(filter);
        }
        if (problem != null) {
            // Refused before it is kept: a kept bad filter would fail again on every reconnect.
            return CompletableFuture.failedFuture(new IllegalArgumentException(problem));
        }
        subscriptions.put(filter, new Subscription(filter, qos, handler));
        if (state().isConnected()) {
            return wrap(driver.subscribe(filter, qos));
        }
        return CompletableFuture.completedFuture(null);
    }

    public CompletableFuture<Void> unsubscribe(String filter) {
        subscriptions.remove(filter);
        if (state().isConnected()) {
            return wrap(driver.unsubscribe(filter));
        }
        return CompletableFuture.completedFuture(null);
    }

    /** Publishes; the future completes when the QoS handshake is done (at once for QoS 0). */
    public CompletableFuture<Void> publish(String topic, byte[] payload, Qos qos, boolean retain) {
        String invalid = Problems.invalidTopic(topic);
        if (invalid != null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(invalid));
        }
        if (!state().isConnected()) {
            return CompletableFuture.failedFuture(new MqttException(
                    new MqttProblem(MqttProblem.Kind.NOT_CONNECTED, address.url(), null), null));
        }
        return wrap(driver.publish(topic, payload, qos, retain));
    }

    /** Disconnects without waiting; safe to call more than once. */
    @Override
    public void close() {
        disconnect();
    }

    private CompletableFuture<Void> wrap(CompletableFuture<Void> future) {
        CompletableFuture<Void> result = new CompletableFuture<>();
        future.whenComplete((ok, e) -> {
            if (e == null) {
                result.complete(null);
            } else {
                result.completeExceptionally(new MqttException(MqttException.problemOf(e, address.url()), e));
            }
        });
        return result;
    }

    private void onConnected(boolean sessionPresent) {
        CompletableFuture<Void> toComplete;
        synchronized (lock) {
            if (stopping) {
                // disconnect() came while this attempt was under way: close what it opened.
                failConnect(null, null);
                driver.disconnect();
                return;
            }
            everConnected = true;
            connecting = false;
            lastConnectedAt = Instant.now();
            setState(new ConnectionState.Connected(address, sessionPresent));
            toComplete = connected;
        }
        if (sessionPresent) {
            toComplete.complete(null);
            notifyReady();
            return;
        }
        // The broker kept nothing: subscribe again, and call the connection ready only once the
        // broker has acknowledged them, so that nothing sent to us right after is missed.
        CompletableFuture<?>[] acks = subscriptions.values().stream()
                .map(s -> driver.subscribe(s.filter(), s.qos()).exceptionally(e -> {
                    notifyProblem(MqttException.problemOf(e, address.url()));
                    return null;
                }))
                .toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(acks).whenComplete((ok, e) -> {
            toComplete.complete(null);
            notifyReady();
        });
    }

    private Duration onDisconnected(boolean byUser, Throwable cause, int attempts) {
        Throwable upstream = upstreamFailure.get();
        MqttProblem problem = byUser ? null : MqttException.problemOf(upstream != null ? upstream : cause, address.url());
        synchronized (lock) {
            if (stopping && state instanceof ConnectionState.Disconnected) {
                // The user already disconnected; this is the end of an attempt that was under way.
                failConnect(problem, cause);
                return null;
            }
            boolean quickClose = problem != null && state instanceof ConnectionState.Connected
                    && Duration.between(lastConnectedAt, Instant.now()).compareTo(FLAP_WINDOW) < 0;
            // Two clients fighting over an id always get in and are then thrown out; a broker that
            // restarts refuses an attempt now and then. A failed attempt therefore ends the count.
            quickCloses = quickClose ? quickCloses + 1 : 0;
            if (problem != null && quickCloses >= FLAP_LIMIT) {
                problem = new MqttProblem(MqttProblem.Kind.RECONNECT_LOOP, address.url(), problem.detail());
            }
            boolean retry = !byUser && !stopping
                    && (everConnected || options.retryFirstConnect())
                    && problem.kind() != MqttProblem.Kind.SESSION_TAKEN_OVER
                    && problem.kind() != MqttProblem.Kind.RECONNECT_LOOP
                    && problem.kind() != MqttProblem.Kind.BAD_CREDENTIALS
                    && problem.kind() != MqttProblem.Kind.NOT_AUTHORIZED
                    && problem.kind() != MqttProblem.Kind.CLIENT_ID_REJECTED
                    && problem.kind() != MqttProblem.Kind.TLS_CA_FILE;
            if (retry) {
                // The client's count of failed attempts includes the first connect (1 after it fails)
                // but starts at 0 when a live connection is lost; either way the next retry is one number.
                int next = connecting ? Math.max(1, attempts) : attempts + 1;
                Duration delay = options.backoff().delayFor(next);
                setState(new ConnectionState.Reconnecting(address, next, delay, Instant.now().plus(delay), problem));
                return delay;
            }
            setState(new ConnectionState.Disconnected(problem));
            failConnect(problem, cause);
            return null;
        }
    }

    /** Called with the lock held: ends a pending connect() with the problem, or "not connected". */
    private void failConnect(MqttProblem problem, Throwable cause) {
        if (!connected.isDone()) {
            connected.completeExceptionally(problem == null
                    ? new MqttException(new MqttProblem(MqttProblem.Kind.NOT_CONNECTED, address.url(), "disconnected"), cause)
                    : new MqttException(problem, cause));
        }
    }

    private void route(Message message) {
        for (Subscription s : subscriptions.values()) {
            if (TopicFilter.matches(s.filter(), message.topic())) {
                try {
                    s.handler().accept(message);
                } catch (RuntimeException e) {
                    // The client's message flow ends at the first exception: one pane's bug would
                    // silently stop every subscriber of this connection.
                    LOG.error("A handler for '{}' failed on a message on '{}'", s.filter(), message.topic(), e);
                }
            }
        }
    }

    /** Called with the lock held: state changes are delivered in order on the callback executor. */
    private void setState(ConnectionState next) {
        state = next;
        callbacks.execute(() -> stateListeners.forEach(l -> l.accept(next)));
    }

    private void notifyReady() {
        callbacks.execute(() -> readyListeners.forEach(Runnable::run));
    }

    private void notifyProblem(MqttProblem problem) {
        callbacks.execute(() -> problemListeners.forEach(l -> l.accept(problem)));
    }
}
