package lab.nightlight.mqtt;

/** The protocol version a connection speaks. MQTT 5 by default; 3.1.1 for older brokers and devices. */
public enum MqttVersion {
    V5("5"),
    V3_1_1("3.1.1");

    private final String label;

    MqttVersion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
