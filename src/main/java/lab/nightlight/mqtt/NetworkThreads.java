package lab.nightlight.mqtt;

import com.hivemq.client.mqtt.MqttClientExecutorConfig;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads every client's network I/O runs on: one shared executor, so all our clients share
 * one event loop group (the HiveMQ client keys its groups by executor), with daemon threads.
 *
 * <p>Why daemons: the client starts its event loop threads as non-daemons and ends them only when
 * every client that used them has released them. Some sequences of subscribe, publish and
 * disconnect leave a reference behind (hivemq-mqtt-client #414, #633; seen here after a window's
 * language switch with both connections cleanly disconnected), and then a stray thread would keep
 * a closed app's JVM alive. The maintainers' advice for that case is a daemon thread factory.
 */
final class NetworkThreads {

    private static final AtomicInteger COUNT = new AtomicInteger();

    /** Netty asks it for one long-lived thread per event loop. */
    private static final Executor DAEMONS = task -> {
        Thread t = new Thread(task, "nightlight-mqtt-io-" + COUNT.incrementAndGet());
        t.setDaemon(true);
        t.start();
    };

    static final MqttClientExecutorConfig CONFIG = MqttClientExecutorConfig.builder().nettyExecutor(DAEMONS).build();

    private NetworkThreads() {
    }
}
