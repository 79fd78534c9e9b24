package lab.nightlight.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import lab.nightlight.support.TestBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded broker's own promises: loopback only, 1883 when free and a said fallback when
 * not, sentences instead of stack traces, and nothing left behind (folders, threads, the JVM's
 * uncaught-exception handler, native libraries).
 */
class EmbeddedBrokerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path workRoot;

    private static Set<Thread> nonDaemonThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && !t.isDaemon())
                .collect(Collectors.toSet());
    }

    private List<Path> brokerFolders() throws IOException {
        try (Stream<Path> children = Files.list(workRoot)) {
            return children.filter(p -> p.getFileName().toString().startsWith("broker-")).toList();
        }
    }

    private static ServerSocket occupy(int port) {
        try {
            ServerSocket s = new ServerSocket();
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return s;
        } catch (IOException e) {
            return null; // someone else holds it
        }
    }

    private static BrokerException failure(EmbeddedBroker broker) {
        Throwable t = catchThrowable(() -> broker.start().get(60, TimeUnit.SECONDS));
        assertThat(t).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(BrokerException.class);
        return (BrokerException) t.getCause();
    }

    @Test
    void itPrefersTheMqttPortWhenItIsFree() throws Exception {
        ServerSocket probe = occupy(BrokerSettings.MQTT_PORT);
        assumeTrue(probe != null, "something on this machine holds 1883");
        probe.close();
        EmbeddedBroker broker = new EmbeddedBroker(BrokerSettings.defaults(workRoot));
        try {
            BrokerInfo info = broker.start().get(60, TimeUnit.SECONDS);
            assertThat(info.port()).isEqualTo(1883);
            assertThat(info.fellBack()).isFalse();
            assertThat(info.url()).isEqualTo("mqtt://127.0.0.1:1883");
        } finally {
            broker.stop().get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void with1883TakenItFallsBackSaysSoAndLeavesNothingBehind() throws Exception {
        ServerSocket holder = occupy(BrokerSettings.MQTT_PORT); // null: another program holds it already
        Thread.UncaughtExceptionHandler appHandler = Thread.getDefaultUncaughtExceptionHandler();
        Thread.UncaughtExceptionHandler mine = (thread, error) -> { };
        Thread.setDefaultUncaughtExceptionHandler(mine);
        Set<Thread> before = nonDaemonThreads();
        try {
            EmbeddedBroker broker = new EmbeddedBroker(BrokerSettings.defaults(workRoot));
            BrokerInfo info = broker.start().get(60, TimeUnit.SECONDS);

            assertThat(info.fellBack()).isTrue();
            assertThat(info.port()).isNotEqualTo(1883).isPositive();
            try (Socket s = new Socket("127.0.0.1", info.port())) {
                assertThat(s.isConnected()).as("it listens where it says").isTrue();
            }
            // HiveMQ installs its own handler, which may call System.exit: ours must be back.
            assertThat(Thread.getDefaultUncaughtExceptionHandler()).isSameAs(mine);
            assertThat(brokerFolders()).hasSize(1);

            broker.stop().get(30, TimeUnit.SECONDS);
            assertThat(brokerFolders()).as("stop() removes the broker's folder").isEmpty();
            assertThat(Thread.getDefaultUncaughtExceptionHandler()).isSameAs(mine);
            // Polled in this thread: Awaitility's own poller is a non-daemon thread.
            await().atMost(WAIT).pollInSameThread().untilAsserted(() -> assertThat(nonDaemonThreads().stream()
                    .filter(t -> !before.contains(t)).map(Thread::getName).toList())
                    .as("non-daemon threads left by the broker").isEmpty());
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(appHandler);
            if (holder != null) {
                holder.close();
            }
        }
    }

    @Test
    void anExplicitPortInUseIsRefusedWithASentenceThatSaysWhatToDo() throws Exception {
        try (ServerSocket holder = occupy(0)) {
            int port = holder.getLocalPort();
            BrokerException e = failure(new EmbeddedBroker(BrokerSettings.defaults(workRoot).withPort(port)));

            assertThat(e.getMessage()).contains("Port " + port).contains("already in use")
                    .contains("Stop that program, or choose another port");
            assertThat(brokerFolders()).isEmpty();
        }
    }

    @Test
    void anAddressThatIsNotThisComputersIsRefusedAsSuch() throws Exception {
        // 203.0.113.0/24 is reserved for documentation: never an address of this machine.
        BrokerException e = failure(new EmbeddedBroker(BrokerSettings.defaults(workRoot).withBindAddress("203.0.113.7")));

        assertThat(e.getMessage()).contains("203.0.113.7").contains("not an address of this computer")
                .contains("127.0.0.1").doesNotContain("already in use");
        assertThat(brokerFolders()).isEmpty();
    }

    /**
     * Another program takes the port between our check and the broker's bind (the check cannot
     * hold it). The broker fails inside its own start: the sentence must still say what happened,
     * and the threads it started must not keep the JVM alive.
     */
    @Test
    void aPortTakenDuringStartIsExplainedAndLeavesNoThreadBehind() throws Exception {
        int port = TestBroker.freePort();
        Set<Thread> before = nonDaemonThreads();
        EmbeddedBroker broker = new EmbeddedBroker(BrokerSettings.defaults(workRoot).withPort(port));
        var start = broker.start();
        // The config is written after the check and before the broker binds: take the port then.
        await().atMost(WAIT).pollInterval(Duration.ofMillis(2)).until(() -> brokerFolders().stream()
                .anyMatch(f -> Files.exists(f.resolve("conf/config.xml"))));
        try (ServerSocket thief = occupy(port)) {
            assumeTrue(thief != null, "the broker bound the port first");
            Throwable t = catchThrowable(() -> start.get(60, TimeUnit.SECONDS));
            assertThat(t).hasCauseInstanceOf(BrokerException.class);

            assertThat(t.getCause().getMessage()).contains("Port " + port).contains("already in use");
            await().atMost(WAIT).pollInSameThread().untilAsserted(() -> assertThat(nonDaemonThreads().stream()
                    .filter(th -> !before.contains(th)).map(Thread::getName).toList())
                    .as("non-daemon threads left by the failed start").isEmpty());
            assertThat(brokerFolders()).isEmpty();
        }
    }

    @Test
    void itListensOnLoopbackOnly() throws Exception {
        int port = TestBroker.address().port();
        assertThat(TestBroker.broker().info().bindAddress()).isEqualTo("127.0.0.1");
        InetAddress lan = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .findFirst().orElse(null);
        assumeTrue(lan != null, "this machine has no network address besides loopback");

        try (Socket s = new Socket()) {
            Throwable t = catchThrowable(() -> s.connect(new InetSocketAddress(lan, port), 2_000));
            assertThat(t).as("connecting through %s", lan).isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void inMemoryModeDoesNotLoadRocksDbsNativeLibrary() throws Exception {
        Path maps = Path.of("/proc/self/maps");
        assumeTrue(Files.isReadable(maps), "needs Linux's /proc to see loaded libraries");
        TestBroker.address(); // a broker has started in this JVM

        // The shaded jar ships without these natives; if the broker needed them it would fail there.
        assertThat(Files.readString(maps)).doesNotContain("librocksdbjni");
    }

    /**
     * The broker's JMX reporter is left out of its start: it registers every JVM management bean
     * first (about 125 ms). The app's counters come from the metric registry instead
     * (BrokerChecksTest counts through it).
     */
    @Test
    void itRegistersNoJmxBeans() throws Exception {
        TestBroker.address(); // a broker has started in this JVM

        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        assertThat(server.queryNames(new ObjectName("metrics:*"), null)).as("HiveMQ's metrics over JMX").isEmpty();
        assertThat(server.queryNames(new ObjectName("java.lang:type=Runtime"), null))
                .as("the query itself works").hasSize(1);
    }
}
