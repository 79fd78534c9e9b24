package lab.nightlight.mqtt;

/** A last-will message: what the broker publishes for a client that vanishes without DISCONNECT. */
public record Will(String topic, byte[] payload, Qos qos, boolean retain) {
}
