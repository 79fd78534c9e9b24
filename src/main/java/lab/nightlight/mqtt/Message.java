package lab.nightlight.mqtt;

import java.time.Instant;

/**
 * A message as it arrived, in our own terms: the UI and the models never see a library type.
 * {@code retain} is the flag as delivered: set only when the broker sends a stored retained
 * message to a new subscriber, not on live messages.
 */
public record Message(String topic, byte[] payload, Qos qos, boolean retain, Instant receivedAt) {
}
