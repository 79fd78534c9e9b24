package lab.nightlight;

import lab.nightlight.broker.BrokerInfo;
import lab.nightlight.broker.BrokerProblem;
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

    /**
     * The embedded broker could not start; {@code problem} says why and what to do, as a bundle
     * key and its arguments, so the window says it in the student's language.
     */
    record Failed(BrokerProblem problem) implements BrokerStatus {
    }
}
