package lab.nightlight.broker;

import com.codahale.metrics.Counter;
import com.codahale.metrics.Gauge;
import com.codahale.metrics.Metric;
import com.codahale.metrics.MetricRegistry;
import com.hivemq.embedded.EmbeddedExtension;
import com.hivemq.embedded.EmbeddedHiveMQ;
import com.hivemq.extension.sdk.api.ExtensionMain;
import com.hivemq.extension.sdk.api.client.parameter.Listener;
import com.hivemq.extension.sdk.api.client.parameter.ServerInformation;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopOutput;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import lab.nightlight.trace.PacketHub;

/**
 * The embedded MQTT broker (HiveMQ Community Edition), so the app works on a fresh machine with
 * no network. One instance starts once and stops once; a restart needs a new instance.
 *
 * <p>Each pitfall below was measured to hang, exit or leak: start is always awaited with a
 * timeout (a missing class makes it hang); a failed start is followed by close (its non-daemon
 * threads keep the JVM alive); the JVM's default uncaught-exception handler is put back after
 * start (HiveMQ replaces it with one that may call System.exit); the conf, data and extensions
 * folders are our own (else it writes beside its jar and may listen on 0.0.0.0).
 */
public final class EmbeddedBroker {

    static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final BrokerSettings settings;
    private final Path folder;
    private final AtomicReference<ServerInformation> serverInformation = new AtomicReference<>();
    private final PacketHub packets;
    private volatile EmbeddedHiveMQ hivemq;
    private volatile BrokerInfo info;
    private volatile CompletableFuture<BrokerInfo> started;
    private volatile CompletableFuture<Void> stopped;
    /** The port written into the config (0 = any), for explaining a failed bind. */
    private volatile int chosenPort;
    /** The JVM's default uncaught-exception handler before start, put back once start has ended. */
    private volatile Thread.UncaughtExceptionHandler appHandler;

    public EmbeddedBroker(BrokerSettings settings) {
        this(settings, null);
    }

    /**
     * @param packets where to report every packet the broker sees, or null to not observe (the
     *                interceptors cost time on every message, so benchmarks leave them out)
     */
    public EmbeddedBroker(BrokerSettings settings, PacketHub packets) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.packets = packets;
        this.folder = settings.workRoot().resolve("broker-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
    }

    /**
     * Starts on a background thread. The future gives where clients reach the broker, or fails
     * with a {@link BrokerException} whose message is a sentence a student can act on.
     */
    public synchronized CompletableFuture<BrokerInfo> start() {
        if (started != null) {
            return started;
        }
        started = new CompletableFuture<>();
        Thread t = new Thread(this::startNow, "nightlight-broker-start");
        t.setDaemon(true);
        t.start();
        return started;
    }

    private void startNow() {
        appHandler = Thread.getDefaultUncaughtExceptionHandler();
        try {
            AppFoldersCleanup.sweepLeftovers(settings.workRoot());
            Port port = choosePort();
            chosenPort = port.number();
            Path conf = Files.createDirectories(folder.resolve("conf"));
            Files.createDirectories(folder.resolve("data"));
            Files.createDirectories(folder.resolve("extensions"));
            Files.writeString(conf.resolve("config.xml"), BrokerConfigXml.render(settings.bindAddress(), port.number()),
                    StandardCharsets.UTF_8);
            LeanBrokerStart.apply();
            hivemq = EmbeddedHiveMQ.builder()
                    .withConfigurationFolder(conf)
                    .withDataFolder(folder.resolve("data"))
                    .withExtensionsFolder(folder.resolve("extensions"))
                    .withoutLoggingBootstrap()
                    .withEmbeddedExtension(observerExtension())
                    .build();
            hivemq.start().get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            int actual = actualPort(port.number());
            info = new BrokerInfo(settings.bindAddress(), actual, port.fellBack());
            restoreAppHandler(); // before anyone waiting on the start can look
            started.complete(info);
        } catch (TimeoutException e) {
            fail(new BrokerException(BrokerProblem.of(BrokerProblem.Kind.START_TIMEOUT, START_TIMEOUT.toSeconds()), e));
        } catch (BrokerException e) {
            fail(e);
        } catch (ExecutionException e) {
            closeQuietly(); // first: a half-started broker may still hold the port explain() checks
            fail(explain(e.getCause() == null ? e : e.getCause()));
        } catch (Exception | LinkageError e) {
            closeQuietly();
            fail(explain(e));
        } finally {
            restoreAppHandler();
        }
    }

    /** HiveMQ replaces the JVM's default handler with one that may call System.exit. */
    private void restoreAppHandler() {
        Thread.setDefaultUncaughtExceptionHandler(appHandler);
    }

    private void fail(BrokerException e) {
        closeQuietly();
        AppFoldersCleanup.delete(folder);
        restoreAppHandler();
        started.completeExceptionally(e);
    }

    private BrokerException explain(Throwable e) {
        int port = chosenPort > 0 ? chosenPort : settings.port();
        for (Throwable c = e; c != null; c = c.getCause()) {
            String m = String.valueOf(c.getMessage()).toLowerCase();
            if (m.contains("address already in use") || m.contains("bind")) {
                return portInUse(port, e);
            }
        }
        // HiveMQ reports a listener it could not bind only in its log and then fails with an
        // UnrecoverableException without a message; the usual cause is another program that took
        // the port after our check.
        if (port > 0 && !isFree(port)) {
            return portInUse(port, e);
        }
        return new BrokerException(BrokerProblem.of(BrokerProblem.Kind.COULD_NOT_START,
                e.getClass().getSimpleName() + ": " + e.getMessage()), e);
    }

    private BrokerException portInUse(int port, Throwable cause) {
        return new BrokerException(BrokerProblem.of(BrokerProblem.Kind.PORT_IN_USE, port, settings.bindAddress()), cause);
    }

    private record Port(int number, boolean fellBack) {
    }

    /** 1883 when free; another free port when not (and says so); an explicit port as asked. */
    private Port choosePort() {
        checkBindAddress();
        if (!settings.loopbackOnly() && !settings.requiresLogin()) {
            throw new BrokerException(BrokerProblem.of(BrokerProblem.Kind.OPEN_NEEDS_LOGIN, settings.bindAddress()), null);
        }
        if (settings.port() > 0) {
            if (!isFree(settings.port())) {
                throw portInUse(settings.port(), null);
            }
            return new Port(settings.port(), false);
        }
        if (isFree(BrokerSettings.MQTT_PORT)) {
            return new Port(BrokerSettings.MQTT_PORT, false);
        }
        return new Port(0, true);
    }

    /**
     * A bind address that is not this computer's cannot be listened on; without this check the
     * port test below fails too and the student reads that the port is "already in use".
     */
    private void checkBindAddress() {
        BrokerProblem notHere = BrokerProblem.of(BrokerProblem.Kind.NOT_THIS_COMPUTER, settings.bindAddress());
        try {
            InetAddress address = InetAddress.getByName(settings.bindAddress());
            if (!address.isAnyLocalAddress() && !address.isLoopbackAddress()
                    && NetworkInterface.getByInetAddress(address) == null) {
                throw new BrokerException(notHere, null);
            }
        } catch (IOException e) {
            throw new BrokerException(notHere, e);
        }
    }

    private boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(settings.bindAddress()), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** With port 0 in the config the broker picks one; its server information tells which. */
    private int actualPort(int configured) {
        ServerInformation si = serverInformation.get();
        if (si != null) {
            for (Listener l : si.getListener()) {
                if (l.getPort() > 0) {
                    return l.getPort();
                }
            }
        }
        if (configured > 0) {
            return configured;
        }
        throw new BrokerException(BrokerProblem.of(BrokerProblem.Kind.PORT_UNKNOWN), null);
    }

    private EmbeddedExtension observerExtension() {
        return EmbeddedExtension.builder()
                .withId("nightlight-observer")
                .withName("Nightlight Lab observer")
                .withVersion("1")
                .withAuthor("Nightlight Lab")
                .withPriority(1000)
                .withStartPriority(1000)
                .withExtensionMain(new ExtensionMain() {
                    @Override
                    public void extensionStart(ExtensionStartInput input, ExtensionStartOutput output) {
                        serverInformation.set(input.getServerInformation());
                        if (packets != null) {
                            new BrokerPacketObserver(packets).register();
                        }
                        if (settings.requiresLogin()) {
                            ClassroomLogin.register(settings.username(), settings.password());
                        }
                    }

                    @Override
                    public void extensionStop(ExtensionStopInput input, ExtensionStopOutput output) {
                    }
                })
                .build();
    }

    /** Where clients reach the broker, once started. */
    public BrokerInfo info() {
        return info;
    }

    /** Connected clients and publish counters; zeros before the broker is up. */
    public BrokerStats stats() {
        EmbeddedHiveMQ h = hivemq;
        if (h == null || info == null) {
            return BrokerStats.NONE;
        }
        MetricRegistry registry = h.getMetricRegistry();
        return new BrokerStats(
                number(registry, "com.hivemq.networking.connections.current"),
                number(registry, "com.hivemq.messages.incoming.publish.count"),
                number(registry, "com.hivemq.messages.outgoing.publish.count"));
    }

    private static long number(MetricRegistry registry, String name) {
        Metric m = registry.getMetrics().get(name);
        if (m instanceof Counter c) {
            return c.getCount();
        }
        if (m instanceof Gauge<?> g && g.getValue() instanceof Number n) {
            return n.longValue();
        }
        if (m instanceof com.codahale.metrics.Meter meter) {
            return meter.getCount();
        }
        return 0;
    }

    /**
     * Stops in the background and removes the broker's folder. Nobody needs to wait: the stop
     * takes seconds, and the threads it leaves are daemon threads after a successful start.
     */
    public synchronized CompletableFuture<Void> stop() {
        if (stopped != null) {
            return stopped;
        }
        stopped = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            closeQuietly();
            AppFoldersCleanup.delete(folder);
            stopped.complete(null);
        }, "nightlight-broker-stop");
        t.setDaemon(true);
        t.start();
        return stopped;
    }

    private void closeQuietly() {
        EmbeddedHiveMQ h = hivemq;
        hivemq = null;
        if (h != null) {
            try {
                h.close();
            } catch (Exception e) {
                // Stopping anyway; nothing useful to tell the user.
            }
        }
    }
}
