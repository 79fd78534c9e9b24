package lab.nightlight.broker;

/** The embedded broker could not start, said as a sentence with a way forward. */
public final class BrokerException extends RuntimeException {

    public BrokerException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
