package lab.nightlight.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.ToggleButton;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.Qos;
import lab.nightlight.server.NightlightServer;
import lab.nightlight.support.Clients;
import lab.nightlight.ui.server.LogRow;
import lab.nightlight.ui.server.ServerViewModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A test client floods the device's telemetry topic as fast as it can. The window must stay
 * responsive while the server decides every message, the table must stay bounded, and the
 * counters must be exact when it is over.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FloodUiTest {

    private static final int BURST = 10_000;
    /** The FX thread must answer a probe within this, however many messages are waiting. */
    private static final Duration RESPONSIVE = Duration.ofMillis(1_000);

    private static RunningWindow window;
    private static Clients clients;
    private static MqttConnection publisher;

    @BeforeAll
    static void open() throws Exception {
        window = RunningWindow.open(WindowOptions.DEFAULTS).awaitConnected();
        clients = new Clients();
        publisher = clients.connect(window.app().brokerAddress(), Clients.uniqueId("flood"));
        // QoS 1 end to end, so that the broker may drop nothing and the count can be exact.
        window.choose("#subscriptionQos", "1 – at least once");
        window.choose("#telemetryQos", "1 – at least once");
        await().atMost(RunningWindow.PATIENCE)
                .until(() -> window.app().pair().server().subscriptionQos() == Qos.AT_LEAST_ONCE
                        && window.app().pair().device().telemetryQos() == Qos.AT_LEAST_ONCE);
    }

    @AfterAll
    static void close() throws Exception {
        clients.close();
        window.close();
    }

    private static List<CompletableFuture<Void>> burst(int count) {
        String topic = window.app().pair().device().topics().telemetry();
        List<CompletableFuture<Void>> sent = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] payload = ("{\"light\": " + (i % 1024) + "}").getBytes(StandardCharsets.UTF_8);
            sent.add(publisher.publish(topic, payload, Qos.AT_LEAST_ONCE, false));
        }
        return sent;
    }

    /** How long the FX thread takes to run a task posted now. */
    private static long probeMillis() throws Exception {
        long start = System.nanoTime();
        CompletableFuture<Void> answered = new CompletableFuture<>();
        Platform.runLater(() -> answered.complete(null));
        answered.get(30, TimeUnit.SECONDS);
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    @Test
    @Order(1)
    void tenThousandMessagesLeaveTheWindowResponsiveAndTheCountersExact() throws Exception {
        NightlightServer server = window.app().pair().server();
        ServerViewModel model = window.shell.window().server();
        // The device's own 5 s schedule would add a message between reading a counter and its label.
        window.app().pair().device().setInterval(Duration.ZERO);
        long before = server.counters().received();
        long deviceBefore = window.app().pair().device().telemetrySent();

        List<CompletableFuture<Void>> sent = burst(BURST);

        long worstProbe = 0;
        int probesWhileDraining = 0;
        boolean clicked = false;
        ToggleButton pause = window.find("#pauseButton", ToggleButton.class);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (server.counters().received() - before < BURST) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("The server received " + (server.counters().received() - before)
                        + " of " + BURST + " messages in 120 s; publishes done: "
                        + sent.stream().filter(CompletableFuture::isDone).count());
            }
            worstProbe = Math.max(worstProbe, probeMillis());
            probesWhileDraining++;
            if (!clicked && server.counters().received() - before > BURST / 10) {
                // A click still works in the middle of the flood.
                window.robot.clickOn("#pauseButton");
                assertThat(pause.isSelected()).isTrue();
                assertThat(model.pausedProperty().get()).isTrue();
                window.robot.clickOn("#pauseButton");
                assertThat(pause.isSelected()).isFalse();
                clicked = true;
            }
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        System.err.printf("flood: %d probes while draining, slowest %d ms%n", probesWhileDraining, worstProbe);

        assertThat(probesWhileDraining).isPositive();
        assertThat(worstProbe).as("slowest answer of the FX thread during the flood, ms")
                .isLessThan(RESPONSIVE.toMillis());

        // Exact: every burst message plus everything the device itself sent, decided and answered.
        await().atMost(RunningWindow.PATIENCE).until(() -> {
            long device = window.app().pair().device().telemetrySent() - deviceBefore;
            return server.counters().received() == before + BURST + device
                    && server.counters().accepted() == server.counters().received()
                    && server.counters().commandsSent() == server.counters().accepted();
        });
        long received = server.counters().received();
        await().atMost(RunningWindow.PATIENCE).until(() -> model.receivedProperty().get() == received);
        String shown = NumberFormat.getIntegerInstance(Locale.ENGLISH).format(received);
        // The device pane has a #receivedCount too (commands it received): ask the server pane.
        assertThat(window.text(".server-pane #receivedCount")).isEqualTo(shown);
        assertThat(window.text(".server-pane #acceptedCount")).isEqualTo(shown);
        assertThat(model.rows()).hasSize(ServerViewModel.ROWS_IN_VIEW);
        assertThat(window.text("#showingText")).isEqualTo("Showing 500 of " + shown);
    }

    @Test
    @Order(2)
    void pauseFreezesTheTableButNotTheCounters() throws Exception {
        ServerViewModel model = window.shell.window().server();
        NightlightServer server = window.app().pair().server();
        window.robot.clickOn("#pauseButton");
        assertThat(model.pausedProperty().get()).isTrue();
        LogRow top = model.rows().get(0);
        long before = server.counters().received();

        List<CompletableFuture<Void>> sent = burst(1_000);
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        await().atMost(RunningWindow.PATIENCE).until(() -> model.receivedProperty().get() >= before + 1_000);
        assertThat(model.rows().get(0)).isSameAs(top);
        assertThat(window.text("#showingText")).startsWith("Paused: showing 500 of ");

        window.robot.clickOn("#pauseButton");
        await().atMost(RunningWindow.PATIENCE).until(() -> model.rows().get(0) != top);
        assertThat(model.rows()).hasSize(ServerViewModel.ROWS_IN_VIEW);
    }

    @Test
    @Order(3)
    void clearEmptiesTheLogAndZeroesTheCounters() {
        ServerViewModel model = window.shell.window().server();
        window.robot.clickOn("#clearButton");
        await().atMost(RunningWindow.PATIENCE).until(() -> model.rows().size() <= 1);
        assertThat(window.app().pair().server().counters().received()).isLessThanOrEqualTo(1);
    }
}
