package lab.nightlight.broker;

import java.util.Objects;

/**
 * The embedded broker could not start. {@link #problem()} says why in a form each front end can
 * put in its own language; the message is the English sentence, for logs.
 */
public final class BrokerException extends RuntimeException {

    private final BrokerProblem problem;

    public BrokerException(BrokerProblem problem, Throwable cause) {
        super(Objects.requireNonNull(problem, "problem").sentence(), cause);
        this.problem = problem;
    }

    public BrokerProblem problem() {
        return problem;
    }
}
