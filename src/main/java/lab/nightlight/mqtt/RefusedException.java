package lab.nightlight.mqtt;

/** A SUBACK or PUBACK that said no, with the broker's reason code as the detail. */
final class RefusedException extends RuntimeException {

    final MqttProblem.Kind kind;

    RefusedException(MqttProblem.Kind kind, String reasonCode) {
        super(reasonCode);
        this.kind = kind;
    }
}
