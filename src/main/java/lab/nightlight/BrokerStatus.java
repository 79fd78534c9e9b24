package lab.nightlight;

import lab.nightlight.broker.BrokerInfo;
import lab.nightlight.mqtt.BrokerAddress;

/** Which broker the app uses and how it is doing, for the connection bar and the CLI. */
public sealed interface BrokerStatus {

    /** The embedded broker is starting (1-2 s). */
    record Starting() implements BrokerStatus {
    }

    /** The embedded broker is up. */
    record Embedded(BrokerInfo info) implements BrokerStatus {
    }

    /** A broker elsewhere (Mosquitto, HiveMQ, EMQX); the app does not run it. */
    record External(BrokerAddress address) implements BrokerStatus {
    }

    /** The embedded broker could not start; {@code sentence} says why and what to do. */
    record Failed(String sentence) implements BrokerStatus {
    }
}
