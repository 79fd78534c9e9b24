package lab.nightlight.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.system.AppFolders;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Mosquitto, the broker the lesson uses (test.mosquitto.org runs it), started from Debian's
 * {@code /usr/sbin/mosquitto} on free loopback ports with a config written to a temp folder, and
 * stopped by {@link #close()}.
 *
 * <p>Without the binary a test skips on a developer's machine but fails in CI ({@code CI=true}),
 * where the build installs it: a missing Mosquitto there is a broken build, not a reason to skip.
 * Another binary can be chosen with {@code -Dnightlight.mosquitto=/path/to/mosquitto}.
 *
 * <p>The config is built from a {@link Config} with any number of {@link Listener}s, each with its
 * own settings, so TLS, password or WebSocket listeners are a {@code Listener} away.
 */
public final class MosquittoBroker implements AutoCloseable {

    public static final Path DEFAULT_BINARY = Path.of("/usr/sbin/mosquitto");
    private static final Duration START_LIMIT = Duration.ofSeconds(15);
    private static final Duration STOP_LIMIT = Duration.ofSeconds(5);

    /**
     * One {@code listener} block: port, bind address, protocol ({@code mqtt} or {@code websockets})
     * and the settings that follow it ({@code certfile ...}, {@code password_file ...}).
     */
    public record Listener(int port, String bindAddress, String protocol, List<String> settings) {

        public Listener {
            settings = List.copyOf(settings);
        }

        /** Plain MQTT on loopback, as the lesson's clients speak it. */
        public static Listener mqtt(int port) {
            return new Listener(port, "127.0.0.1", "mqtt", List.of());
        }

        public static Listener websockets(int port) {
            return new Listener(port, "127.0.0.1", "websockets", List.of());
        }

        /** The same listener with one more setting line, e.g. {@code with("require_certificate false")}. */
        public Listener with(String setting) {
            List<String> more = new ArrayList<>(settings);
            more.add(setting);
            return new Listener(port, bindAddress, protocol, more);
        }

        String render() {
            StringBuilder block = new StringBuilder()
                    .append("listener ").append(port).append(' ').append(bindAddress).append('\n')
                    .append("protocol ").append(protocol).append('\n');
            settings.forEach(s -> block.append(s).append('\n'));
            return block.toString();
        }
    }

    /** Global settings first, then one block per listener. Nothing is kept between runs. */
    public static final class Config {
        private final List<String> global = new ArrayList<>(List.of(
                "persistence false",
                "allow_anonymous true",
                "log_dest stderr",
                "log_type error",
                "log_type warning",
                "log_type notice"));
        private final List<Listener> listeners = new ArrayList<>();

        /** One plain MQTT listener on a free loopback port. */
        public static Config plainMqtt() {
            return new Config().listener(Listener.mqtt(TestBroker.freePort()));
        }

        public Config listener(Listener listener) {
            listeners.add(listener);
            return this;
        }

        /** A global line such as {@code per_listener_settings true}. */
        public Config global(String line) {
            if (line.startsWith("per_listener_settings")) {
                // Mosquitto wants it before any security setting, and then each listener's own.
                global.remove("allow_anonymous true");
                global.add(0, line);
            } else {
                global.add(line);
            }
            return this;
        }

        public List<Listener> listeners() {
            return List.copyOf(listeners);
        }

        public String render() {
            StringBuilder conf = new StringBuilder("# Written by Nightlight Lab's tests\n");
            global.forEach(line -> conf.append(line).append('\n'));
            listeners.forEach(l -> conf.append('\n').append(l.render()));
            return conf.toString();
        }
    }

    private final Config config;
    private final Path folder;
    private final Process process;

    private MosquittoBroker(Config config, Path folder, Process process) {
        this.config = config;
        this.folder = folder;
        this.process = process;
    }

    /** Mosquitto with one plain MQTT listener on a free loopback port. */
    public static MosquittoBroker start() {
        return start(Config.plainMqtt());
    }

    public static MosquittoBroker start(Config config) {
        if (config.listeners.isEmpty()) {
            throw new IllegalArgumentException("Mosquitto needs at least one listener");
        }
        Path binary = binary();
        Path folder;
        Process process;
        try {
            folder = Files.createTempDirectory("nightlight-mosquitto");
            Path conf = Files.writeString(folder.resolve("mosquitto.conf"), config.render(), StandardCharsets.UTF_8);
            process = new ProcessBuilder(binary.toString(), "-c", conf.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(folder.resolve("mosquitto.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + binary, e);
        }
        MosquittoBroker broker = new MosquittoBroker(config, folder, process);
        broker.awaitListeners();
        return broker;
    }

    /** The binary, or a skipped test (a failed one in CI) when it is not installed. */
    static Path binary() {
        Path binary = Path.of(System.getProperty("nightlight.mosquitto", DEFAULT_BINARY.toString()));
        if (!Files.isExecutable(binary)) {
            String message = "Mosquitto is not installed at " + binary + " (Debian/Ubuntu: apt-get install mosquitto).";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message + " CI must install it; the Mosquitto tests cannot be skipped there.");
            }
            Assumptions.abort(message + " Skipping the tests that need it.");
        }
        return binary;
    }

    private void awaitListeners() {
        try {
            await().atMost(START_LIMIT).pollInterval(Duration.ofMillis(50)).until(() ->
                    !process.isAlive() || config.listeners.stream().allMatch(l -> accepts(l.port())));
        } catch (ConditionTimeoutException e) {
            close();
            throw new IllegalStateException("Mosquitto did not listen within " + START_LIMIT.toSeconds() + " s. Its log:\n" + log());
        }
        if (!process.isAlive()) {
            String log = log();
            close();
            throw new IllegalStateException("Mosquitto exited at start (" + process.exitValue() + "). Its log:\n" + log);
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Where the first plain MQTT listener is reached. */
    public BrokerAddress address() {
        return config.listeners.stream().filter(l -> l.protocol().equals("mqtt")).findFirst()
                .map(l -> new BrokerAddress("127.0.0.1", l.port()))
                .orElseThrow(() -> new IllegalStateException("No plain MQTT listener"));
    }

    public List<Listener> listeners() {
        return config.listeners();
    }

    /** The temp folder that holds mosquitto.conf and mosquitto.log (and any files a listener needs). */
    public Path folder() {
        return folder;
    }

    /** What Mosquitto wrote so far, for failure messages. */
    public String log() {
        try {
            return Files.readString(folder.resolve("mosquitto.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** Stops Mosquitto (SIGTERM, then a kill if it lingers) and removes its folder. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(STOP_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            AppFolders.deleteTree(folder);
        } catch (UncheckedIOException e) {
            // A temp folder left behind is not worth failing a test for.
        }
    }
}
