package lab.nightlight.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import lab.nightlight.support.Clients;
import lab.nightlight.support.TestBroker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two clients with one client id: the classic classroom mistake (two students copy the same id,
 * or the window and the lesson's Python code both run the device). The broker closes the older
 * connection; the app must say why and must not fight for the id forever.
 */
class DuplicateClientIdTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Clients clients = new Clients();

    @AfterEach
    void closeAll() {
        clients.close();
    }

    /** A connection as the window makes it (it keeps retrying), recording its states. */
    private MqttConnection windowStyle(ConnectOptions options, List<ConnectionState> states) {
        MqttConnection c = clients.create(TestBroker.address(), options.withRetryFirstConnect(true));
        c.onState(states::add);
        return c;
    }

    @Test
    void inMqtt5TheOlderConnectionIsToldItWasTakenOverAndStaysDown() throws Exception {
        String id = Clients.uniqueId("twin5");
        List<ConnectionState> first = new CopyOnWriteArrayList<>();
        List<ConnectionState> second = new CopyOnWriteArrayList<>();
        MqttConnection a = windowStyle(ConnectOptions.defaults(id), first);
        MqttConnection b = windowStyle(ConnectOptions.defaults(id), second);
        a.connect().get(10, TimeUnit.SECONDS);

        b.connect().get(10, TimeUnit.SECONDS);

        await().atMost(WAIT).until(() -> a.state() instanceof ConnectionState.Disconnected);
        MqttProblem problem = ((ConnectionState.Disconnected) a.state()).problem();
        assertThat(problem.kind()).isEqualTo(MqttProblem.Kind.SESSION_TAKEN_OVER);
        assertThat(problem.sentence()).contains("same client id");
        // Retrying would take the id back and start the fight the sentence warns about.
        await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> b.state().isConnected()
                && a.state() instanceof ConnectionState.Disconnected);
        assertThat(first).noneMatch(ConnectionState.Reconnecting.class::isInstance);
        assertThat(second).filteredOn(s -> !(s instanceof ConnectionState.Connecting))
                .containsExactly(new ConnectionState.Connected(TestBroker.address(), false));
    }

    /**
     * MQTT 3.1.1 has no reason code: HiveMQ CE just closes the older connection's socket, so
     * each side sees "closed by the broker", retries, and closes the other. The connection must
     * recognise the pattern, stop, and say what it is.
     */
    @Test
    void inMqtt311TwoRetryingConnectionsWithOneIdEndInAReconnectLoopProblem() throws Exception {
        String id = Clients.uniqueId("twin3");
        List<ConnectionState> first = new CopyOnWriteArrayList<>();
        List<ConnectionState> second = new CopyOnWriteArrayList<>();
        MqttConnection a = windowStyle(Clients.v3(id), first);
        MqttConnection b = windowStyle(Clients.v3(id), second);
        a.connect().get(10, TimeUnit.SECONDS);
        b.connect().get(10, TimeUnit.SECONDS);

        await().atMost(WAIT).until(() -> isLoop(a.state()) || isLoop(b.state()));

        MqttConnection loser = isLoop(a.state()) ? a : b;
        MqttConnection winner = loser == a ? b : a;
        MqttProblem problem = ((ConnectionState.Disconnected) loser.state()).problem();
        assertThat(problem.sentence()).contains("keeps being closed right after it opens");
        assertThat(problem.nextStep()).contains("own id");
        // The fight is over: the other one gets (or keeps) the id and is left in peace.
        await().atMost(WAIT).until(() -> winner.state().isConnected());
        await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> winner.state().isConnected()
                && isLoop(loser.state()));
        assertThat(first).filteredOn(s -> s instanceof ConnectionState.Reconnecting r
                        && r.problem().kind() == MqttProblem.Kind.CLOSED_BY_BROKER).isNotEmpty();
    }

    private static boolean isLoop(ConnectionState s) {
        return s instanceof ConnectionState.Disconnected d && d.problem() != null
                && d.problem().kind() == MqttProblem.Kind.RECONNECT_LOOP;
    }

    /** The window closes, or the id changes, while waiting to retry: the old client must stay gone. */
    @Test
    void aDisconnectWhileWaitingToRetryStopsTheRetryForGood() throws Exception {
        String id = Clients.uniqueId("gone");
        List<ConnectionState> older = new CopyOnWriteArrayList<>();
        List<ConnectionState> newer = new CopyOnWriteArrayList<>();
        MqttConnection a = windowStyle(Clients.v3(id).withBackoff(new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(2))), older);
        MqttConnection b = windowStyle(Clients.v3(id), newer);
        a.connect().get(10, TimeUnit.SECONDS);
        // In 3.1.1 the broker closes the older socket without a reason: a waits to retry while the broker is up.
        b.connect().get(10, TimeUnit.SECONDS);
        await().atMost(WAIT).pollInterval(Duration.ofMillis(10))
                .until(() -> a.state() instanceof ConnectionState.Reconnecting);
        ConnectionState.Reconnecting waiting = (ConnectionState.Reconnecting) a.state();

        a.disconnect().get(10, TimeUnit.SECONDS);
        // Only meaningful if the disconnect came while the retry waited (2 s is plenty, but a slow machine...).
        assumeTrue(older.get(older.size() - 2) == waiting, "the disconnect came while the retry was waiting");

        // Past the moment the retry was due: a retry not stopped would have connected and closed b.
        await().atMost(WAIT).until(() -> Instant.now().isAfter(waiting.retryAt().plusSeconds(1)));
        assertThat(a.state()).isEqualTo(new ConnectionState.Disconnected(null));
        assertThat(b.state().isConnected()).isTrue();
        assertThat(newer).filteredOn(s -> !(s instanceof ConnectionState.Connecting))
                .containsExactly(new ConnectionState.Connected(TestBroker.address(), false));
    }
}
