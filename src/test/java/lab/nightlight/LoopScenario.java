package lab.nightlight;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lab.nightlight.device.VirtualDevice;
import lab.nightlight.lesson.DeviceIds;
import lab.nightlight.lesson.Topics;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.ConnectOptions;
import lab.nightlight.mqtt.Message;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.Qos;
import lab.nightlight.server.NightlightServer;
import lab.nightlight.support.Clients;
import lab.nightlight.support.Recorder;

/**
 * The nightlight loop as the lesson describes it, run against whichever broker a subclass gives:
 * the embedded one, or Mosquitto. Each assertion fails if the loop is broken anywhere.
 */
abstract class LoopScenario {

    abstract BrokerAddress broker();

    abstract ConnectOptions options(String clientId);

    void runLoop() throws Exception {
        try (Clients clients = new Clients()) {
            Topics topics = new Topics(DeviceIds.random());
            MqttConnection deviceConnection = clients.connect(broker(), options(topics.deviceClientId()));
            MqttConnection serverConnection = clients.connect(broker(), options(topics.serverClientId()));
            try (VirtualDevice device = new VirtualDevice(deviceConnection, topics, Runnable::run);
                 NightlightServer server = new NightlightServer(serverConnection, topics, Runnable::run)) {
                device.setInterval(Duration.ZERO);
                device.start().get(5, TimeUnit.SECONDS);
                server.start().get(5, TimeUnit.SECONDS);

                device.setLight(100);
                await().atMost(Duration.ofSeconds(10)).until(device::ledOn);
                assertThat(server.counters().accepted()).isEqualTo(1);

                device.setLight(500);
                await().atMost(Duration.ofSeconds(10)).until(() -> !device.ledOn());

                // A new threshold applies to the next telemetry: 500 is dark when the threshold is 600.
                server.setThreshold(600);
                device.sendTelemetry().get(5, TimeUnit.SECONDS);
                await().atMost(Duration.ofSeconds(10)).until(device::ledOn);
                assertThat(server.log().snapshot()).last()
                        .satisfies(e -> assertThat(e.threshold()).isEqualTo(600));
                assertThat(server.counters().commandsSent()).isGreaterThanOrEqualTo(3);
            }
        }
    }

    /** QoS and retain chosen on either side are what a separate subscriber sees on the wire. */
    void qosAndRetainReachTheWire(Qos qos) throws Exception {
        try (Clients clients = new Clients()) {
            Topics topics = new Topics(DeviceIds.random());
            MqttConnection deviceConnection = clients.connect(broker(), options(topics.deviceClientId()));
            MqttConnection serverConnection = clients.connect(broker(), options(topics.serverClientId()));
            MqttConnection spy = clients.connect(broker(), options(Clients.uniqueId("spy")));
            Recorder telemetry = new Recorder();
            Recorder live = new Recorder();
            spy.subscribe(topics.telemetry(), Qos.EXACTLY_ONCE, telemetry).get(5, TimeUnit.SECONDS);
            spy.subscribe(topics.commands(), Qos.EXACTLY_ONCE, live).get(5, TimeUnit.SECONDS);
            try (VirtualDevice device = new VirtualDevice(deviceConnection, topics, Runnable::run);
                 NightlightServer server = new NightlightServer(serverConnection, topics, Runnable::run)) {
                device.setInterval(Duration.ZERO);
                device.setTelemetryQos(qos);
                server.setCommandQos(qos);
                server.setRetainCommands(true);
                device.start().get(5, TimeUnit.SECONDS);
                server.start().get(5, TimeUnit.SECONDS);

                device.setLight(42);
                await().atMost(Duration.ofSeconds(10)).until(device::ledOn);
                // A live delivery never carries the retain flag, even of a retained publish. The
                // broker may also hand the spy the same command as retained: it sends a new
                // subscription its retained messages after the SUBACK, on another thread, and a
                // retained publish just after can be found there too (1 run in 400 under load:
                // flagged retained, then live). Only the unflagged copies are what the server sent.
                await().atMost(Duration.ofSeconds(10)).until(() -> unflagged(live).size() == 1);
                assertThat(live.messages()).filteredOn(Message::retain).allSatisfy(copy ->
                        assertThat(copy.payload()).isEqualTo(unflagged(live).get(0).payload()));
                Message command = unflagged(live).get(0);
                assertThat(telemetry.last().qos()).isEqualTo(qos);
                assertThat(new String(telemetry.last().payload(), StandardCharsets.UTF_8)).isEqualTo("{\"light\": 42}");
                assertThat(command.qos()).isEqualTo(qos);
                assertThat(new String(command.payload(), StandardCharsets.UTF_8)).isEqualTo("{\"led_on\": true}");

                // A late subscriber gets the stored command, flagged as retained.
                MqttConnection late = clients.connect(broker(), options(Clients.uniqueId("late")));
                Recorder stored = new Recorder();
                late.subscribe(topics.commands(), Qos.EXACTLY_ONCE, stored).get(5, TimeUnit.SECONDS);
                await().atMost(Duration.ofSeconds(10)).until(() -> stored.size() == 1);
                assertThat(stored.last().retain()).isTrue();
                assertThat(stored.last().qos()).isEqualTo(qos);

                // Clear the retained command so it does not leak into other tests.
                serverConnection.publish(topics.commands(), new byte[0], Qos.AT_LEAST_ONCE, true).get(5, TimeUnit.SECONDS);
            }
        }
    }

    private static List<Message> unflagged(Recorder recorder) {
        return recorder.messages().stream().filter(m -> !m.retain()).toList();
    }
}
