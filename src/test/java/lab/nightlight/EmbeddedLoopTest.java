package lab.nightlight;

import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.ConnectOptions;
import lab.nightlight.mqtt.Qos;
import lab.nightlight.mqtt.MqttVersion;
import lab.nightlight.support.TestBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The lesson's loop through the real embedded broker, in MQTT 5 and 3.1.1. */
class EmbeddedLoopTest extends LoopScenario {

    @Override
    BrokerAddress broker() {
        return TestBroker.address();
    }

    @Override
    ConnectOptions options(String clientId) {
        return ConnectOptions.defaults(clientId);
    }

    @Test
    void darkTurnsTheLedOnBrightTurnsItOffAndANewThresholdAppliesNext() throws Exception {
        runLoop();
    }

    @ParameterizedTest
    @EnumSource(Qos.class)
    void qosAndRetainReachTheWireAsChosen(Qos qos) throws Exception {
        qosAndRetainReachTheWire(qos);
    }

    @Test
    void theLoopWorksInMqtt311Too() throws Exception {
        new EmbeddedLoopTest() {
            @Override
            ConnectOptions options(String clientId) {
                return ConnectOptions.defaults(clientId).withVersion(MqttVersion.V3_1_1);
            }
        }.runLoop();
    }
}
