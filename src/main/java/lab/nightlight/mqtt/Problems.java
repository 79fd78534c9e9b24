package lab.nightlight.mqtt;

import com.hivemq.client.mqtt.datatypes.MqttTopic;
import com.hivemq.client.mqtt.datatypes.MqttTopicFilter;
import com.hivemq.client.mqtt.exceptions.ConnectionClosedException;
import com.hivemq.client.mqtt.exceptions.ConnectionFailedException;
import com.hivemq.client.mqtt.exceptions.MqttClientStateException;
import com.hivemq.client.mqtt.mqtt3.exceptions.Mqtt3ConnAckException;
import com.hivemq.client.mqtt.mqtt3.message.connect.connack.Mqtt3ConnAckReturnCode;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5ConnAckException;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5DisconnectException;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5PubAckException;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5PubRecException;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5SubAckException;
import com.hivemq.client.mqtt.mqtt5.message.connect.connack.Mqtt5ConnAckReasonCode;
import com.hivemq.client.mqtt.mqtt5.message.disconnect.Mqtt5DisconnectReasonCode;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

/** Maps the HiveMQ client's exceptions onto {@link MqttProblem}s. Only this package sees them. */
final class Problems {

    private Problems() {
    }

    /**
     * Null when the client accepts the topic name, otherwise its reason. The client checks names
     * as it builds a packet and throws (a '+' in a name, U+0000, a broken surrogate); asking first
     * lets a typed topic fail its future instead of throwing at the window.
     */
    static String invalidTopic(String topic) {
        try {
            MqttTopic.of(topic);
            return null;
        } catch (IllegalArgumentException | NullPointerException e) {
            return e.getMessage();
        }
    }

    /** Null when the client accepts the topic filter, otherwise its reason (as {@link #invalidTopic}). */
    static String invalidFilter(String filter) {
        try {
            MqttTopicFilter.of(filter);
            return null;
        } catch (IllegalArgumentException | NullPointerException e) {
            return e.getMessage();
        }
    }

    static MqttProblem classify(Throwable t, String where) {
        String detail = t == null ? null : t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
        MqttProblem.Kind kind = kindOf(t);
        if (kind == MqttProblem.Kind.OTHER && resetWhileConnecting(t)) {
            // A plain MQTT port answers a TLS hello by resetting the connection.
            boolean secure = where != null && (where.startsWith("mqtts://") || where.startsWith("wss://"));
            kind = secure ? MqttProblem.Kind.TLS_FAILED : MqttProblem.Kind.CLOSED_BY_BROKER;
        }
        return new MqttProblem(kind, where, detail);
    }

    private static boolean resetWhileConnecting(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof java.net.SocketException && String.valueOf(c.getMessage()).contains("reset")) {
                return true;
            }
        }
        return false;
    }

    private static MqttProblem.Kind kindOf(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof RefusedException r) {
                return r.kind;
            }
            if (c instanceof javax.net.ssl.SSLException) {
                String m = String.valueOf(c.getMessage());
                if (m.contains("No name matching") || m.contains("No subject alternative") || m.contains("hostname")) {
                    return MqttProblem.Kind.TLS_WRONG_HOST;
                }
                if (m.contains("PKIX") || m.contains("certification path") || m.contains("unable to find valid")) {
                    return MqttProblem.Kind.TLS_UNTRUSTED;
                }
                Throwable inner = c.getCause();
                if (inner != null && inner != c) {
                    continue;
                }
                return MqttProblem.Kind.TLS_FAILED;
            }
            if (c.getClass().getName().contains("WebSocketHandshakeException")) {
                return MqttProblem.Kind.WEBSOCKET_REFUSED;
            }
            if (c instanceof UnknownHostException) {
                return MqttProblem.Kind.UNKNOWN_HOST;
            }
            if (c instanceof ConnectException || c instanceof NoRouteToHostException) {
                String m = String.valueOf(c.getMessage()).toLowerCase();
                return m.contains("timed out") ? MqttProblem.Kind.TIMEOUT : MqttProblem.Kind.REFUSED;
            }
            if (c instanceof TimeoutException || c.getClass().getSimpleName().contains("Timeout")) {
                return MqttProblem.Kind.TIMEOUT;
            }
            if (c instanceof Mqtt5ConnAckException e) {
                Mqtt5ConnAckReasonCode code = e.getMqttMessage().getReasonCode();
                return switch (code) {
                    case BAD_USER_NAME_OR_PASSWORD, BAD_AUTHENTICATION_METHOD -> MqttProblem.Kind.BAD_CREDENTIALS;
                    case NOT_AUTHORIZED, BANNED -> MqttProblem.Kind.NOT_AUTHORIZED;
                    case CLIENT_IDENTIFIER_NOT_VALID -> MqttProblem.Kind.CLIENT_ID_REJECTED;
                    case PACKET_TOO_LARGE -> MqttProblem.Kind.PAYLOAD_TOO_LARGE;
                    default -> MqttProblem.Kind.CLOSED_BY_BROKER;
                };
            }
            if (c instanceof Mqtt3ConnAckException e) {
                Mqtt3ConnAckReturnCode code = e.getMqttMessage().getReturnCode();
                return switch (code) {
                    case BAD_USER_NAME_OR_PASSWORD -> MqttProblem.Kind.BAD_CREDENTIALS;
                    case NOT_AUTHORIZED -> MqttProblem.Kind.NOT_AUTHORIZED;
                    case IDENTIFIER_REJECTED -> MqttProblem.Kind.CLIENT_ID_REJECTED;
                    default -> MqttProblem.Kind.CLOSED_BY_BROKER;
                };
            }
            if (c instanceof Mqtt5DisconnectException e) {
                Mqtt5DisconnectReasonCode code = e.getMqttMessage().getReasonCode();
                return switch (code) {
                    case SESSION_TAKEN_OVER -> MqttProblem.Kind.SESSION_TAKEN_OVER;
                    case NOT_AUTHORIZED -> MqttProblem.Kind.NOT_AUTHORIZED;
                    case PACKET_TOO_LARGE, MESSAGE_RATE_TOO_HIGH, QUOTA_EXCEEDED -> MqttProblem.Kind.PAYLOAD_TOO_LARGE;
                    default -> MqttProblem.Kind.CLOSED_BY_BROKER;
                };
            }
            if (c instanceof Mqtt5SubAckException) {
                return MqttProblem.Kind.SUBSCRIBE_REFUSED;
            }
            if (c instanceof Mqtt5PubAckException || c instanceof Mqtt5PubRecException) {
                return MqttProblem.Kind.PUBLISH_REFUSED;
            }
            if (c instanceof MqttClientStateException) {
                return MqttProblem.Kind.NOT_CONNECTED;
            }
            if (c instanceof ConnectionClosedException) {
                return MqttProblem.Kind.CLOSED_BY_BROKER;
            }
            if (c instanceof ConnectionFailedException && c.getCause() == null) {
                return MqttProblem.Kind.REFUSED;
            }
        }
        return MqttProblem.Kind.OTHER;
    }
}
