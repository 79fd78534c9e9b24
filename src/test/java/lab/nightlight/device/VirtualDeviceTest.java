package lab.nightlight.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import lab.nightlight.lesson.BadPayloads;
import lab.nightlight.lesson.DeviceIds;
import lab.nightlight.lesson.Rejection;
import lab.nightlight.lesson.Telemetry;
import lab.nightlight.lesson.Topics;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.ConnectOptions;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.MqttException;
import lab.nightlight.mqtt.MqttProblem;
import lab.nightlight.mqtt.Qos;
import lab.nightlight.server.NightlightServer;
import lab.nightlight.support.Clients;
import lab.nightlight.support.Recorder;
import lab.nightlight.support.TestBroker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The virtual device through the real broker. The lesson's point is that the LED is driven by
 * the server through the broker, never by the slider: these tests fail if a shortcut appears.
 */
class VirtualDeviceTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private final Clients clients = new Clients();
    private final BrokerAddress broker = TestBroker.address();
    private final Topics topics = new Topics(DeviceIds.random());
    private final Recorder telemetry = new Recorder();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private MqttConnection spy;
    private VirtualDevice device;

    @BeforeEach
    void connect() throws Exception {
        spy = clients.connect(broker, Clients.uniqueId("spy"));
        spy.subscribe(topics.telemetry(), Qos.EXACTLY_ONCE, telemetry).get(5, TimeUnit.SECONDS);
        device = new VirtualDevice(clients.connect(broker, topics.deviceClientId()), topics, Runnable::run);
        device.setInterval(Duration.ZERO);
        device.addListener(new DeviceListener() {
            @Override
            public void telemetrySent(Telemetry t, Qos qos, Instant at) {
                events.add("sent " + t.light() + " " + qos);
            }

            @Override
            public void ledChanged(boolean on, boolean retained, Instant at) {
                events.add("led " + on + (retained ? " retained" : ""));
            }

            @Override
            public void commandRejected(Rejection rejection, Instant at) {
                events.add("rejected " + rejection.reason());
            }
        });
        device.start().get(5, TimeUnit.SECONDS);
    }

    @AfterEach
    void close() throws Exception {
        device.close();
        // Leave no retained command behind for another test's device.
        spy.publish(topics.commands(), new byte[0], Qos.AT_LEAST_ONCE, true).get(5, TimeUnit.SECONDS);
        clients.close();
    }

    private void command(String json, boolean retain) throws Exception {
        spy.publish(topics.commands(), json.getBytes(StandardCharsets.UTF_8), Qos.AT_LEAST_ONCE, retain).get(5, TimeUnit.SECONDS);
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void theSliderAloneNeverChangesTheLed() {
        device.setLight(10);

        await().atMost(WAIT).until(() -> telemetry.size() == 1);
        assertThat(text(telemetry.last().payload())).isEqualTo("{\"light\": 10}");
        // No server: nobody answers, and the LED stays as it was however long we look.
        await().during(Duration.ofMillis(700)).atMost(WAIT).until(() -> !device.ledOn());
        assertThat(events).noneMatch(e -> e.startsWith("led"));
        assertThat(device.lastCommandAt()).isNull();
    }

    @Test
    void theLedFollowsCommandsAndStaysWhenTheServerStops() throws Exception {
        try (NightlightServer server = new NightlightServer(clients.connect(broker, topics.serverClientId()), topics,
                Runnable::run)) {
            server.start().get(5, TimeUnit.SECONDS);
            device.setLight(10);
            await().atMost(WAIT).until(device::ledOn);
            assertThat(device.commandsReceived()).isEqualTo(1);
            assertThat(device.lastCommandAt()).isNotNull();
        }
        // The server is gone: bright light is reported, but nothing turns the LED off.
        device.setLight(900);
        await().atMost(WAIT).until(() -> telemetry.size() == 2);
        await().during(Duration.ofMillis(700)).atMost(WAIT).until(device::ledOn);
        assertThat(device.commandsReceived()).isEqualTo(1);
    }

    @Test
    void aCommandFromAnyoneOnTheBrokerSetsTheLed() throws Exception {
        command("{\"led_on\": true}", false);
        await().atMost(WAIT).until(device::ledOn);
        command("{\"led_on\": false}", false);
        await().atMost(WAIT).until(() -> !device.ledOn());
        assertThat(events).containsExactly("led true", "led false");
    }

    @Test
    void aRetainedCommandSetsTheLedOfADeviceThatStartsLaterAndSaysSo() throws Exception {
        command("{\"led_on\": true}", true);
        Topics same = topics;
        try (VirtualDevice late = new VirtualDevice(clients.connect(broker, Clients.uniqueId("late")), same, Runnable::run)) {
            List<Boolean> retainedFlags = new CopyOnWriteArrayList<>();
            late.addListener(new DeviceListener() {
                @Override
                public void ledChanged(boolean on, boolean retained, Instant at) {
                    retainedFlags.add(retained);
                }
            });
            late.setInterval(Duration.ZERO);
            late.start().get(5, TimeUnit.SECONDS);
            await().atMost(WAIT).until(late::ledOn);
            assertThat(retainedFlags).containsExactly(true);
        }
    }

    @Test
    void badCommandsAreCountedAndLeaveTheLedAsItWas() throws Exception {
        command("{\"led_on\": true}", false);
        await().atMost(WAIT).until(device::ledOn);
        List<BadPayloads.Case> corpus = BadPayloads.commands();

        for (BadPayloads.Case bad : corpus) {
            spy.publish(topics.commands(), bad.payload(), Qos.AT_LEAST_ONCE, false).get(5, TimeUnit.SECONDS);
        }

        await().atMost(WAIT).until(() -> device.commandsRejected() == corpus.size());
        assertThat(device.ledOn()).isTrue();
        assertThat(device.commandsReceived()).isEqualTo(1);
        assertThat(events.stream().filter(e -> e.startsWith("rejected"))).hasSize(corpus.size());
        assertThat(events.stream().filter(e -> e.startsWith("led"))).containsExactly("led true");

        // And the device still obeys the next good command.
        command("{\"led_on\": false}", false);
        await().atMost(WAIT).until(() -> !device.ledOn());
    }

    @Test
    void sendOnChangeSendsOnlyRealChangesAndOnlyWhenOn() throws Exception {
        assertThat(device.sendOnChange()).as("on by default, as the window's slider expects").isTrue();
        device.setLight(321);
        await().atMost(WAIT).until(() -> telemetry.size() == 1);

        device.setLight(321);          // not a change
        device.setSendOnChange(false);
        device.setLight(654);          // a change, but sending on change is off
        assertThat(device.light()).isEqualTo(654);
        // Telemetry from one connection arrives in order: if either call above had sent, it would
        // arrive before this one.
        device.sendTelemetry().get(5, TimeUnit.SECONDS);
        await().atMost(WAIT).until(() -> telemetry.size() >= 2);
        assertThat(telemetry.messages()).extracting(m -> text(m.payload()))
                .containsExactly("{\"light\": 321}", "{\"light\": 654}");
    }

    @Test
    void outOfRangeReadingsAreClampedToWhatTheSensorCanRead() {
        device.setLight(5000);
        assertThat(device.light()).isEqualTo(1023);
        device.setLight(-3);
        assertThat(device.light()).isEqualTo(0);
    }

    @Test
    void theScheduleSendsTelemetryAtTheInterval() {
        Duration interval = Duration.ofMillis(200);
        long start = System.nanoTime();
        device.setInterval(interval);

        await().atMost(WAIT).until(() -> telemetry.size() >= 5);
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        // At a fixed rate the fifth message cannot leave before five intervals have passed.
        assertThat(elapsedMillis).isGreaterThanOrEqualTo(5 * interval.toMillis() - 20);
        assertThat(device.telemetrySent()).isGreaterThanOrEqualTo(5);

        device.setInterval(Duration.ZERO);
        int stoppedAt = telemetry.size();
        // Off: at most one already in flight, then silence (on, it would be several more).
        await().during(Duration.ofMillis(800)).atMost(WAIT).until(() -> telemetry.size() <= stoppedAt + 1);
    }

    @ParameterizedTest
    @EnumSource(Qos.class)
    void theChosenTelemetryQosReachesTheWire(Qos qos) throws Exception {
        device.setTelemetryQos(qos);
        device.sendTelemetry().get(5, TimeUnit.SECONDS);

        await().atMost(WAIT).until(() -> telemetry.size() == 1);
        assertThat(telemetry.last().qos()).isEqualTo(qos);
        assertThat(telemetry.last().retain()).isFalse();
        assertThat(events).contains("sent 500 " + qos);
    }

    @Test
    void telemetryWithoutAConnectionFailsWithAProblemInsteadOfThrowing() throws Exception {
        MqttConnection never = clients.create(broker, ConnectOptions.defaults(Clients.uniqueId("idle")));
        try (VirtualDevice offline = new VirtualDevice(never, new Topics(DeviceIds.random()), Runnable::run)) {
            List<MqttProblem> failures = new CopyOnWriteArrayList<>();
            offline.addListener(new DeviceListener() {
                @Override
                public void telemetryFailed(Telemetry t, MqttProblem problem) {
                    failures.add(problem);
                }
            });
            assertThatThrownBy(() -> offline.sendTelemetry().get(5, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(MqttException.class);
            assertThat(failures).extracting(MqttProblem::kind).containsExactly(MqttProblem.Kind.NOT_CONNECTED);
            assertThat(offline.telemetrySent()).isZero();
        }
    }
}
