package lab.nightlight.broker;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Why the embedded broker could not start, with a way forward. {@link Kind#key()} names the
 * sentence in the bundles, filled in with {@link #args()} ({@code {0}}, {@code {1}}), so the
 * window and the commands say it in the student's language; {@link #sentence()} is the English
 * one, for logs. Arguments are text (a port reads 1883, never "1,883").
 */
public record BrokerProblem(Kind kind, List<String> args) {

    public enum Kind {
        START_TIMEOUT("The embedded broker did not start within {0} s. Restart Nightlight Lab, or connect to another broker."),
        COULD_NOT_START("The embedded broker could not start ({0}). Restart Nightlight Lab, or connect to another broker."),
        PORT_IN_USE("Port {0} on {1} is already in use by another program (perhaps Mosquitto or another Nightlight Lab)."
                + " Stop that program, or choose another port (for example --port 0 picks a free one)."),
        OPEN_NEEDS_LOGIN("Listening on {0} lets other computers connect, so it needs a user name and password:"
                + " set them in classroom mode (or --user and --password)."),
        NOT_THIS_COMPUTER("The embedded broker cannot listen on {0}: it is not an address of this computer."
                + " Use 127.0.0.1 (this computer only), or 0.0.0.0 to let devices on the network connect."),
        PORT_UNKNOWN("The embedded broker started but did not say which port it listens on. Restart Nightlight Lab.");

        private final String english;

        Kind(String english) {
            this.english = english;
        }

        /** {@code brokerproblem.port-in-use}, ... */
        public String key() {
            return "brokerproblem." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The English pattern, the same as the English bundle's (a test keeps them equal). */
        public String englishPattern() {
            return english;
        }
    }

    public BrokerProblem {
        Objects.requireNonNull(kind, "kind");
        args = List.copyOf(args);
    }

    public static BrokerProblem of(Kind kind, Object... args) {
        return new BrokerProblem(kind, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The English sentence, for logs and the exception's message. */
    public String sentence() {
        return new MessageFormat(kind.english, Locale.ROOT).format(args.toArray());
    }

    @Override
    public String toString() {
        return sentence();
    }
}
