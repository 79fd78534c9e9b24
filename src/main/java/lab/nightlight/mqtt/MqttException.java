package lab.nightlight.mqtt;

/** A failed MQTT operation, carrying the problem in plain words. */
public final class MqttException extends RuntimeException {

    private final MqttProblem problem;

    public MqttException(MqttProblem problem, Throwable cause) {
        super(problem.fullSentence(), cause);
        this.problem = problem;
    }

    public MqttProblem problem() {
        return problem;
    }

    /** The problem inside any throwable chain, or a generic one naming {@code where}. */
    public static MqttProblem problemOf(Throwable t, String where) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof MqttException e) {
                return e.problem();
            }
        }
        return Problems.classify(t, where);
    }
}
