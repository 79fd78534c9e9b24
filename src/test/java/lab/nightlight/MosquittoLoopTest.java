package lab.nightlight;

import java.util.stream.Stream;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.ConnectOptions;
import lab.nightlight.mqtt.MqttVersion;
import lab.nightlight.mqtt.Qos;
import lab.nightlight.support.MosquittoBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lesson's loop through Mosquitto, the broker the lesson itself uses, in MQTT 5 and 3.1.1:
 * what works on the embedded broker must work on the one students meet on test.mosquitto.org.
 */
class MosquittoLoopTest extends LoopScenario {

    private static MosquittoBroker mosquitto;

    /** JUnit makes a new instance per test, so each test sets the version it runs with. */
    private MqttVersion version = MqttVersion.V5;

    @BeforeAll
    static void startMosquitto() {
        mosquitto = MosquittoBroker.start();
    }

    @AfterAll
    static void stopMosquitto() {
        if (mosquitto != null) {
            mosquitto.close();
        }
    }

    @Override
    BrokerAddress broker() {
        return mosquitto.address();
    }

    @Override
    ConnectOptions options(String clientId) {
        return ConnectOptions.defaults(clientId).withVersion(version);
    }

    @ParameterizedTest(name = "MQTT {0}")
    @EnumSource(MqttVersion.class)
    void darkTurnsTheLedOnBrightTurnsItOffAndANewThresholdAppliesNext(MqttVersion v) throws Exception {
        version = v;
        runLoop();
    }

    static Stream<Arguments> versionsAndQos() {
        return Stream.of(MqttVersion.values())
                .flatMap(v -> Stream.of(Qos.values()).map(q -> Arguments.of(v, q)));
    }

    @ParameterizedTest(name = "MQTT {0}, {1}")
    @MethodSource("versionsAndQos")
    void qosAndRetainReachTheWireAsChosen(MqttVersion v, Qos qos) throws Exception {
        version = v;
        qosAndRetainReachTheWire(qos);
    }
}
