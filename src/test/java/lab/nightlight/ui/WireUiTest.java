package lab.nightlight.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lab.nightlight.lesson.Topics;
import lab.nightlight.mqtt.Message;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.Qos;
import lab.nightlight.server.NightlightServer;
import lab.nightlight.support.Clients;
import lab.nightlight.support.Recorder;
import lab.nightlight.ui.server.LogRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the student picks in the window is what goes over the wire: a separate subscriber (the
 * test's own MQTT client) sees the chosen QoS of telemetry and commands and the retain flag.
 */
class WireUiTest {

    private static RunningWindow window;
    private static Clients clients;

    @BeforeAll
    static void open() throws Exception {
        window = RunningWindow.open(WindowOptions.DEFAULTS).awaitConnected();
        clients = new Clients();
    }

    @AfterAll
    static void close() throws Exception {
        clients.close();
        window.close();
    }

    @Test
    void qosAndRetainChosenInTheWindowAreWhatASubscriberSees() throws Exception {
        Topics topics = window.app().pair().device().topics();
        MqttConnection spy = clients.connect(window.app().brokerAddress(), Clients.uniqueId("spy"));
        Recorder telemetry = new Recorder();
        Recorder commands = new Recorder();
        spy.subscribe(topics.telemetry(), Qos.EXACTLY_ONCE, telemetry).get(5, TimeUnit.SECONDS);
        spy.subscribe(topics.commands(), Qos.EXACTLY_ONCE, commands).get(5, TimeUnit.SECONDS);

        window.choose("#telemetryQos", "2 – exactly once");
        window.choose("#subscriptionQos", "2 – exactly once");
        window.choose("#commandQos", "1 – at least once");
        window.robot.clickOn("#retainCommands");
        NightlightServer server = window.app().pair().server();
        await().atMost(RunningWindow.PATIENCE).until(() -> server.retainCommands()
                && server.commandQos() == Qos.AT_LEAST_ONCE && server.subscriptionQos() == Qos.EXACTLY_ONCE
                && window.app().pair().device().telemetryQos() == Qos.EXACTLY_ONCE);

        window.dragSlider("#lightSlider", 40);
        await().atMost(RunningWindow.PATIENCE).until(window.led()::isOn);
        String expected = "{\"light\": " + window.app().pair().device().light() + "}";
        await().atMost(RunningWindow.PATIENCE).until(() -> telemetry.last() != null
                && new String(telemetry.last().payload(), StandardCharsets.UTF_8).equals(expected));
        assertThat(telemetry.last().qos()).isEqualTo(Qos.EXACTLY_ONCE);
        await().atMost(RunningWindow.PATIENCE).until(() -> commands.last() != null
                && new String(commands.last().payload(), StandardCharsets.UTF_8).equals("{\"led_on\": true}"));
        assertThat(commands.last().qos()).isEqualTo(Qos.AT_LEAST_ONCE);
        // A live delivery never carries the retain flag...
        assertThat(commands.last().retain()).isFalse();

        // ...but a late subscriber gets the kept command, flagged as retained.
        MqttConnection late = clients.connect(window.app().brokerAddress(), Clients.uniqueId("late"));
        Recorder stored = new Recorder();
        late.subscribe(topics.commands(), Qos.EXACTLY_ONCE, stored).get(5, TimeUnit.SECONDS);
        // Commands the slider's last moves bring may follow live (retain flag off); the broker keeps
        // one message per topic, so exactly one copy comes flagged as retained.
        await().atMost(RunningWindow.PATIENCE).until(() -> stored.messages().stream().anyMatch(Message::retain));
        List<Message> kept = stored.messages().stream().filter(Message::retain).toList();
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).qos()).isEqualTo(Qos.AT_LEAST_ONCE);
        assertThat(new String(kept.get(0).payload(), StandardCharsets.UTF_8)).isEqualTo("{\"led_on\": true}");

        // The server received the telemetry at the QoS of its subscription, and the table says so.
        await().atMost(RunningWindow.PATIENCE).until(() -> !window.shell.window().server().rows().isEmpty()
                && window.shell.window().server().rows().get(0).qos().equals("2"));
        LogRow newest = window.shell.window().server().rows().get(0);
        assertThat(newest.decision()).startsWith("LED on");
        assertThat(window.shell.window().server().commands().get(0).details()).isEqualTo("QoS 1, retained");

        spy.publish(topics.commands(), new byte[0], Qos.AT_LEAST_ONCE, true).get(5, TimeUnit.SECONDS);
    }
}
