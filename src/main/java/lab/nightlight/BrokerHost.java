package lab.nightlight;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import lab.nightlight.broker.BrokerException;
import lab.nightlight.broker.BrokerInfo;
import lab.nightlight.broker.BrokerProblem;
import lab.nightlight.broker.BrokerSettings;
import lab.nightlight.broker.EmbeddedBroker;
import lab.nightlight.mqtt.BrokerAddress;

/**
 * The embedded broker's life inside the app, and what the connection bar says about the broker:
 * started when a pane first needs it, restarted with other settings (classroom mode), stopped
 * once no pane uses it, and the {@link BrokerStatus} and address that follow.
 *
 * <p>Guarded by App's lock, like {@link PaneRoutes}: starting or stopping the broker is one step
 * with a profile switch or a rebuild, so the methods marked "with the lock held" are called by
 * App inside its monitor, and the broker's start callback takes that same monitor. Status and
 * address are volatile because the window reads them without it. Package-private: for App alone.
 */
final class BrokerHost {

    private final Object lock;
    private final PaneRoutes routes;
    private final Executor events;
    private final List<Consumer<BrokerStatus>> listeners = new CopyOnWriteArrayList<>();
    private volatile BrokerStatus status;
    private volatile BrokerAddress address;

    /**
     * @param lock   App's monitor
     * @param events where status listeners are called
     */
    BrokerHost(Object lock, PaneRoutes routes, Executor events) {
        this.lock = lock;
        this.routes = routes;
        this.events = events;
        // The embedded broker is made when it starts (App.start(), or a pane switching to it):
        // made here and then left unstarted by saved external profiles, a later switch back to it
        // found an instance and never started it.
        if (routes.usesEmbedded()) {
            status = new BrokerStatus.Starting();
        } else {
            address = routes.profile(Pane.DEVICE).address();
            status = new BrokerStatus.External(address);
        }
    }

    BrokerStatus status() {
        return status;
    }

    /** Where the broker is (not the relays), once known; null while the embedded one starts. */
    BrokerAddress address() {
        return address;
    }

    void onStatus(Consumer<BrokerStatus> listener) {
        listeners.add(listener);
    }

    /** With the lock held: starts the embedded broker if a pane uses it and none runs; completes when the broker is there. */
    CompletableFuture<BrokerAddress> startIfNeeded() {
        if (routes.usesEmbedded() && routes.embeddedBroker() == null) {
            routes.setEmbeddedReady(start(routes.newEmbeddedBroker()));
        }
        return routes.usesEmbedded() ? routes.embeddedReady() : CompletableFuture.completedFuture(address);
    }

    /**
     * With the lock held, after the routes took new profiles: starts the embedded broker if one
     * of them wants it and none runs, and says where the broker is when no pane uses the embedded
     * one. Completes when the broker the new profiles want is there.
     */
    CompletableFuture<BrokerAddress> followRoutes(boolean wantsEmbedded) {
        if (wantsEmbedded && routes.embeddedBroker() == null) {
            EmbeddedBroker made = routes.newEmbeddedBroker();
            setStatus(new BrokerStatus.Starting());
            routes.setEmbeddedReady(start(made));
        }
        CompletableFuture<BrokerAddress> ready = wantsEmbedded ? routes.embeddedReady()
                : CompletableFuture.completedFuture(address);
        if (!routes.usesEmbedded()) {
            address = routes.addressOf(Pane.DEVICE);
            setStatus(new BrokerStatus.External(address));
        }
        return ready;
    }

    /**
     * Once no pane uses the embedded broker, it stops: its memory and its port (perhaps 1883,
     * which the class's Mosquitto may want) go back. A pane that picks it again starts a new one.
     * Call after the rebuild has ended the panes' old clients on it.
     */
    void stopIfUnused(boolean appClosed) {
        EmbeddedBroker unused;
        synchronized (lock) {
            if (routes.embeddedBroker() == null || routes.usesEmbedded() || appClosed) {
                return;
            }
            unused = routes.forgetEmbeddedBroker();
        }
        unused.stop();
    }

    /**
     * Restarts the embedded broker with other settings, a new instance on a fresh folder; the old
     * one stops in the background first, so the port is free. Then {@code rebuild} gets the panes
     * that were on it, to reconnect them to the new one. Completes with where the new broker
     * listens, or null when no pane uses the embedded broker (the settings wait for the next one).
     */
    CompletableFuture<BrokerInfo> restart(BrokerSettings settings, Consumer<Set<Pane>> rebuild) {
        EmbeddedBroker next;
        Set<Pane> onEmbedded;
        CompletableFuture<BrokerAddress> ready;
        synchronized (lock) {
            routes.setEmbeddedSettings(settings);
            EmbeddedBroker old = routes.embeddedBroker();
            onEmbedded = routes.panesOnEmbedded();
            if (old == null && onEmbedded.isEmpty()) {
                return CompletableFuture.completedFuture(null);
            }
            next = routes.newEmbeddedBroker();
            setStatus(new BrokerStatus.Starting());
            CompletableFuture<Void> stopped = old == null ? CompletableFuture.completedFuture(null)
                    : old.stop().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> null);
            ready = stopped.thenCompose(x -> start(next));
            // In the same step as the new broker: set after the lock, a pane switching to the
            // embedded broker meanwhile found the new broker with the old one's finished future
            // and connected to the broker being stopped.
            routes.setEmbeddedReady(ready);
        }
        // Completes once the new broker is up and the panes are rebuilt, not when they have connected.
        return ready.thenApply(a -> {
            rebuild.accept(onEmbedded);
            return next.info();
        });
    }

    /** When the app closes, after the goodbyes. */
    void stopOnClose() {
        EmbeddedBroker broker = routes.embeddedBroker();
        if (broker != null) {
            broker.stop();
        }
    }

    private CompletableFuture<BrokerAddress> start(EmbeddedBroker broker) {
        return broker.start().thenApply(info -> {
            BrokerAddress started = BrokerAddress.parse(info.url());
            // Under the lock like every other write of the routes: a pane switching meanwhile
            // reads the address and the ready future together.
            synchronized (lock) {
                routes.setEmbeddedAddress(started);
                address = started;
                setStatus(new BrokerStatus.Embedded(info));
            }
            return started;
        }).whenComplete((a, e) -> {
            if (e != null) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                setStatus(new BrokerStatus.Failed(cause instanceof BrokerException b ? b.problem()
                        : BrokerProblem.of(BrokerProblem.Kind.COULD_NOT_START,
                                cause.getClass().getSimpleName() + ": " + cause.getMessage())));
            }
        });
    }

    private void setStatus(BrokerStatus next) {
        status = next;
        listeners.forEach(l -> events.execute(() -> l.accept(next)));
    }
}
