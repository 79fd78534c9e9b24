package lab.nightlight.mqtt;

import java.util.Locale;

/**
 * A failure in words a student understands, with a way forward. {@link Kind#key()} names the
 * sentence in the UI's bundles; {@link #sentence()} is the English one for logs and the CLI.
 * Never carries a password: {@code detail} comes from the library's message or a reason code.
 */
public record MqttProblem(Kind kind, String where, String detail) {

    public enum Kind {
        UNKNOWN_HOST("Cannot find the broker %s: the host name is unknown.",
                "Check the spelling of the host name and that this computer is online."),
        REFUSED("Nothing is listening at %s: the connection was refused.",
                "Start the broker (or the embedded one), or check the port number."),
        TIMEOUT("The broker at %s did not answer in time.",
                "Check the address, the network and any firewall, then try again."),
        TLS_UNTRUSTED("The broker at %s showed a certificate this computer does not trust.",
                "Choose the broker's CA certificate file, or, for a classroom broker you run yourself, trust its self-signed certificate."),
        TLS_WRONG_HOST("The certificate of the broker at %s is made out for another host name.",
                "Connect with the host name written in the certificate."),
        TLS_FAILED("The secure (TLS) connection to %s could not be set up.",
                "Check that this port speaks TLS (8883 usually does, 1883 does not)."),
        TLS_CA_FILE("The CA certificate file chosen for %s cannot be used.",
                "Choose the broker's CA certificate, a .crt or .pem file (its authority, not the server's own key)."),
        WEBSOCKET_REFUSED("The broker at %s refused the WebSocket connection.",
                "Check the port and the path (often /mqtt) for MQTT over WebSockets."),
        BAD_CREDENTIALS("The broker at %s refused the user name or password.",
                "Check the user name and password for this broker."),
        NOT_AUTHORIZED("The broker at %s says this client is not allowed to connect.",
                "Check the user name and password, or ask whoever runs the broker for access."),
        CLIENT_ID_REJECTED("The broker at %s does not accept this client id.",
                "Use a shorter client id made of letters and digits."),
        SESSION_TAKEN_OVER("Another client connected to %s with the same client id, so the broker closed this one.",
                "Give each device and server its own id (the lesson suggests a GUID)."),
        RECONNECT_LOOP("The connection to %s keeps being closed right after it opens: most likely another client uses the same client id.",
                "Give each device and server its own id (the lesson suggests a GUID)."),
        CLOSED_BY_BROKER("The broker at %s closed the connection.",
                "It will be retried; if it keeps happening, look at the broker's log."),
        CONNECTION_LOST("The connection to %s was lost.",
                "It will be retried; check that the broker is still running."),
        PAYLOAD_TOO_LARGE("The broker at %s refused a message because it is too large.",
                "Send a smaller payload; the lesson's messages are a few bytes."),
        SUBSCRIBE_REFUSED("The broker at %s refused the subscription.",
                "Check the topic and that this user may subscribe to it."),
        PUBLISH_REFUSED("The broker at %s refused the message.",
                "Check the topic and that this user may publish to it."),
        NOT_CONNECTED("Not connected to %s.",
                "Connect first, then try again."),
        OTHER("Something went wrong with the connection to %s.",
                "Try again; if it keeps happening, the details below help whoever runs the broker.");

        private final String sentence;
        private final String nextStep;

        Kind(String sentence, String nextStep) {
            this.sentence = sentence;
            this.nextStep = nextStep;
        }

        public String key() {
            return "problem." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public String nextStepKey() {
            return key() + ".next";
        }

        public String englishSentence() {
            return sentence;
        }

        public String englishNextStep() {
            return nextStep;
        }
    }

    /** "Nothing is listening at mqtt://127.0.0.1:1883: the connection was refused." */
    public String sentence() {
        return String.format(Locale.ROOT, kind.sentence, where);
    }

    public String nextStep() {
        return kind.nextStep;
    }

    /** Sentence and next step together, for a single line of output. */
    public String fullSentence() {
        return sentence() + " " + nextStep();
    }

    @Override
    public String toString() {
        return fullSentence() + (detail == null || detail.isBlank() ? "" : " [" + detail + "]");
    }
}
