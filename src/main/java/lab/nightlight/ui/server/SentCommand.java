package lab.nightlight.ui.server;

import java.time.Instant;
import lab.nightlight.lesson.Command;
import lab.nightlight.mqtt.Qos;

/** A command the server handed to the broker, with the QoS and retain flag it was sent with. */
record SentCommand(Instant at, Command command, Qos qos, boolean retain) {
}
