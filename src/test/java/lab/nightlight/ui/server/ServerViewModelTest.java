package lab.nightlight.ui.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import lab.nightlight.lesson.DeviceIds;
import lab.nightlight.lesson.Topics;
import lab.nightlight.mqtt.ConnectOptions;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.Qos;
import lab.nightlight.server.NightlightServer;
import lab.nightlight.support.Clients;
import lab.nightlight.support.TestBroker;
import lab.nightlight.ui.Texts;
import lab.nightlight.ui.messages.MessagesViewModel;
import lab.nightlight.ui.messages.Note;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server pane's model over a real NightlightServer and the shared test broker, without a
 * toolkit: one thread plays the FX thread, as the FxExecutor does in the window.
 */
class ServerViewModelTest {

    /**
     * Plays the FX thread. Like the real one it is never shut down: the MQTT client still hands it
     * the end of its message flow after a disconnect, and a rejected task would surface as an
     * RxJava error in whichever test runs next. A daemon thread, so it does not keep the JVM.
     */
    private final ExecutorService fx = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "server-view-model-test-fx");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final Clients clients = new Clients();
    private final MessagesViewModel messages = new MessagesViewModel(Clock.systemUTC());
    private Topics topics;
    private NightlightServer server;
    private ServerViewModel model;
    private MqttConnection publisher;

    @BeforeEach
    void start() throws Exception {
        topics = new Topics(DeviceIds.random());
        // Messages arrive on "fx" as in the window. Not Runnable::run: the server publishes each
        // command from its message callback, and doing that on the MQTT client's own event loop
        // blocks it once ~64 publishes wait (MqttPublishFlowables.add waits for that very thread).
        MqttConnection connection = MqttConnection.create(TestBroker.address(),
                ConnectOptions.defaults(topics.serverClientId()), fx);
        connection.connect().get(10, TimeUnit.SECONDS);
        server = new NightlightServer(connection, topics, fx);
        model = new ServerViewModel(Texts.load(Locale.ENGLISH), messages, background, fx, Clock.systemUTC());
        onFx(() -> {
            model.subscriptionQosProperty().set(Qos.AT_LEAST_ONCE);
            model.attach(server);
            return null;
        });
        server.start().get(5, TimeUnit.SECONDS);
        publisher = clients.connect(TestBroker.address(), Clients.uniqueId("publisher"));
    }

    @AfterEach
    void stop() throws Exception {
        clients.close();
        if (server != null) {
            server.close();
            server.connection().disconnect().get(10, TimeUnit.SECONDS);
        }
        background.shutdownNow();
    }

    private <T> T onFx(Supplier<T> work) throws Exception {
        return CompletableFuture.supplyAsync(work, fx).get(10, TimeUnit.SECONDS);
    }

    private void publish(int good, int bad) throws Exception {
        long before = server.counters().received();
        for (int i = 0; i < good; i++) {
            publisher.publish(topics.telemetry(), ("{\"light\": " + (i % 1024) + "}").getBytes(StandardCharsets.UTF_8),
                    Qos.AT_LEAST_ONCE, false).get(5, TimeUnit.SECONDS);
        }
        for (int i = 0; i < bad; i++) {
            publisher.publish(topics.telemetry(), "dark".getBytes(StandardCharsets.UTF_8), Qos.AT_LEAST_ONCE, false)
                    .get(5, TimeUnit.SECONDS);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> server.counters().received() == before + good + bad);
    }

    @Test
    void oneFrameShowsTheNewest500RowsAndTheExactCounts() throws Exception {
        publish(700, 3);
        onFx(() -> {
            model.frame();
            return null;
        });
        List<LogRow> rows = onFx(() -> List.copyOf(model.rows()));
        assertThat(rows).hasSize(ServerViewModel.ROWS_IN_VIEW);
        assertThat(rows.get(0).rejected()).isTrue();
        assertThat(rows.get(0).decision()).isEqualTo("Rejected: the payload is not JSON");
        assertThat(rows.get(3).decision()).isEqualTo("LED off (699 ≥ 300)");
        assertThat(rows).extracting(LogRow::sequence).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(onFx(() -> model.receivedProperty().get())).isEqualTo(703);
        assertThat(onFx(() -> model.acceptedProperty().get())).isEqualTo(700);
        assertThat(onFx(() -> model.rejectedProperty().get())).isEqualTo(3);
        assertThat(onFx(() -> model.showingTextProperty().get())).isEqualTo("Showing 500 of 703");
        Note note = onFx(() -> messages.currentProperty().get());
        assertThat(note.level()).isEqualTo(Note.Level.WARNING);
        assertThat(note.text()).isEqualTo("The server rejected a telemetry message because the payload is not JSON. "
                + "It received: dark (the lesson sends {\"light\": 512}).");
    }

    @Test
    void aPaneThatAttachesLateShowsWhatTheServerAlreadyLoggedOnce() throws Exception {
        publish(12, 1);
        // A second pane, as after a language switch: the table starts from the server's kept log.
        ServerViewModel late = new ServerViewModel(Texts.load(Locale.ENGLISH), messages, background, fx, Clock.systemUTC());
        onFx(() -> {
            late.attach(server);
            return null;
        });
        List<LogRow> rows = onFx(() -> List.copyOf(late.rows()));
        assertThat(rows).hasSize(13);
        assertThat(rows.get(0).rejected()).isTrue();
        assertThat(rows).extracting(LogRow::sequence).doesNotHaveDuplicates()
                .isSortedAccordingTo((a, b) -> Long.compare(b, a));
        // New telemetry after the attach arrives once, not twice.
        publish(2, 0);
        onFx(() -> {
            late.frame();
            return null;
        });
        assertThat(onFx(() -> List.copyOf(late.rows()))).hasSize(15).extracting(LogRow::sequence).doesNotHaveDuplicates();
        assertThat(onFx(() -> late.showingTextProperty().get())).isEqualTo("Showing 15 of 15");
        onFx(() -> {
            late.detach();
            return null;
        });
    }

    @Test
    void pausedTheTableStandsStillWhileTheCountersCount() throws Exception {
        publish(10, 0);
        onFx(() -> {
            model.frame();
            model.pausedProperty().set(true);
            return null;
        });
        publish(10, 0);
        onFx(() -> {
            model.frame();
            return null;
        });
        assertThat(onFx(() -> model.rows().size())).isEqualTo(10);
        assertThat(onFx(() -> model.receivedProperty().get())).isEqualTo(20);
        assertThat(onFx(() -> model.showingTextProperty().get())).isEqualTo("Paused: showing 10 of 20");
        onFx(() -> {
            model.pausedProperty().set(false);
            model.frame();
            return null;
        });
        assertThat(onFx(() -> model.rows().size())).isEqualTo(20);
    }

    @Test
    void aFloodIsShownTenTimesASecondAndATrickleOnTheNextPulse() throws Exception {
        long t0 = 1_000_000_000L;
        publishAndAwaitWaiting(10);
        onFx(() -> {
            model.pulse(t0);
            return null;
        });
        assertThat(onFx(() -> model.rows().size())).isEqualTo(10);

        publishAndAwaitWaiting(10);
        onFx(() -> {
            model.pulse(t0 + ServerViewModel.FLOOD_REFRESH_NANOS / 2);
            return null;
        });
        assertThat(onFx(() -> model.rows().size())).as("ten rows within 100 ms are a flood: held").isEqualTo(10);
        assertThat(onFx(() -> model.receivedProperty().get())).isEqualTo(10);
        onFx(() -> {
            model.pulse(t0 + ServerViewModel.FLOOD_REFRESH_NANOS);
            return null;
        });
        assertThat(onFx(() -> model.rows().size())).isEqualTo(20);
        assertThat(onFx(() -> model.receivedProperty().get())).isEqualTo(20);

        publishAndAwaitWaiting(1);
        onFx(() -> {
            model.pulse(t0 + ServerViewModel.FLOOD_REFRESH_NANOS + 1);
            return null;
        });
        assertThat(onFx(() -> model.rows().size())).as("one row is a trickle: shown at once").isEqualTo(21);
    }

    private void publishAndAwaitWaiting(int good) throws Exception {
        publish(good, 0);
        await().atMost(Duration.ofSeconds(10)).until(() -> onFx(() -> model.rowsWaiting()) == good);
    }

    @Test
    void exportWritesTheServersLogAsCsvOffTheFxThread() throws Exception {
        publish(5, 1);
        Path file = Files.createTempDirectory("nightlight-export").resolve("log.csv");
        int written = onFx(() -> model.export(file)).get(10, TimeUnit.SECONDS);
        assertThat(written).isEqualTo(6);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0)).isEqualTo(CsvExport.HEADER);
        assertThat(lines.get(6)).contains(",NOT_JSON,");
        await().until(() -> onFx(() -> messages.currentProperty().get().text()).startsWith("Saved 6 log entries"));
    }

    @Test
    void settingsAreHandedToTheServer() throws Exception {
        onFx(() -> {
            model.thresholdProperty().set(640);
            model.commandQosProperty().set(Qos.EXACTLY_ONCE);
            model.retainCommandsProperty().set(true);
            return null;
        });
        assertThat(server.threshold()).isEqualTo(640);
        assertThat(server.commandQos()).isEqualTo(Qos.EXACTLY_ONCE);
        assertThat(server.retainCommands()).isTrue();
        assertThat(server.subscriptionQos()).isEqualTo(Qos.AT_LEAST_ONCE);
    }
}
