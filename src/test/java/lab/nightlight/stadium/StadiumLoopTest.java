package lab.nightlight.stadium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import lab.nightlight.device.DeviceFleet;
import lab.nightlight.device.VirtualDevice;
import lab.nightlight.lesson.DeviceIds;
import lab.nightlight.lesson.Topics;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.MqttVersion;
import lab.nightlight.server.StadiumServer;
import lab.nightlight.server.policy.Decider;
import lab.nightlight.server.policy.Policy;
import lab.nightlight.support.Clients;
import lab.nightlight.support.TestBroker;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Twenty sensors through the real broker: a shaded one changes nothing, nightfall switches all. */
class StadiumLoopTest {

    @ParameterizedTest
    @EnumSource(StadiumServer.Addressing.class)
    void twentySensorsOneDecision(StadiumServer.Addressing addressing) throws Exception {
        Topics topics = new Topics(DeviceIds.random());
        try (Clients clients = new Clients();
             DeviceFleet fleet = new DeviceFleet(TestBroker.address(), topics, 20, MqttVersion.V5, Runnable::run)) {
            MqttConnection serverConnection = clients.connect(TestBroker.address(), topics.serverClientId());
            StadiumServer server = new StadiumServer(serverConnection, topics,
                    new Decider(Policy.quorum(10), 300, 10, Duration.ofSeconds(30)));
            server.setAddressing(addressing);
            server.start().get(10, TimeUnit.SECONDS);
            fleet.start().get(60, TimeUnit.SECONDS);

            Set<String> names = new HashSet<>();
            fleet.devices().forEach(d -> names.add(d.route().name()));
            assertThat(names).hasSize(20).allMatch(n -> n.startsWith(fleet.token() + "-"));

            fleet.setAll(700);
            await().atMost(Duration.ofSeconds(20)).until(() -> server.sensors() == 20);
            await().atMost(Duration.ofSeconds(10)).until(() -> Boolean.FALSE.equals(server.lightsOn()));

            VirtualDevice shaded = fleet.devices().get(0);
            long before = shaded.telemetrySent();
            fleet.shade(0, 50);
            await().atMost(Duration.ofSeconds(10)).until(() -> shaded.telemetrySent() > before);
            assertThat(server.lightsOn()).isFalse();

            fleet.setAll(100);
            await().atMost(Duration.ofSeconds(20)).until(() -> fleet.ledsOn() == 20);
            assertThat(server.lightsOn()).isTrue();

            fleet.setAll(800);
            await().atMost(Duration.ofSeconds(20)).until(() -> fleet.ledsOn() == 0);
            serverConnection.publish(topics.commands(), new byte[0], lab.nightlight.mqtt.Qos.AT_LEAST_ONCE, true);
        }
    }

    @ParameterizedTest
    @EnumSource(value = StadiumServer.Addressing.class, names = "PER_DEVICE")
    void aPerDeviceCommandReachesThatDeviceOnly(StadiumServer.Addressing unused) throws Exception {
        Topics topics = new Topics(DeviceIds.random());
        try (Clients clients = new Clients();
             DeviceFleet fleet = new DeviceFleet(TestBroker.address(), topics, 3, MqttVersion.V5, Runnable::run)) {
            fleet.start().get(30, TimeUnit.SECONDS);
            MqttConnection teacher = clients.connect(TestBroker.address(), Clients.uniqueId("teacher"));
            String target = fleet.devices().get(1).route().name();
            teacher.publish(topics.deviceCommands(target), "{\"led_on\": true}".getBytes(),
                    lab.nightlight.mqtt.Qos.AT_LEAST_ONCE, false).get(5, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(10)).until(() -> fleet.devices().get(1).ledOn());
            // The broadcast reaches all three: proves the others were listening.
            teacher.publish(topics.commands(), "{\"led_on\": false}".getBytes(), lab.nightlight.mqtt.Qos.AT_LEAST_ONCE, false)
                    .get(5, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(10)).until(() -> fleet.devices().stream().allMatch(d -> d.commandsReceived() >= 1));
            assertThat(fleet.devices().get(0).commandsReceived()).isEqualTo(1);
            assertThat(fleet.devices().get(2).commandsReceived()).isEqualTo(1);
            assertThat(fleet.devices().get(1).commandsReceived()).isEqualTo(2);
        }
    }
}
