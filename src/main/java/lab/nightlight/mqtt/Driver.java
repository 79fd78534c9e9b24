package lab.nightlight.mqtt;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * One protocol version's client behind {@link MqttConnection}. The HiveMQ client has separate
 * APIs for MQTT 5 and 3.1.1; each driver maps one of them onto these few calls.
 */
interface Driver {

    /** Callbacks from the library's threads; they must be quick and thread-safe. */
    interface Events {
        void connected(boolean sessionPresent);

        /** Returns the delay before the next attempt, or null to stop. */
        Duration disconnected(boolean byUser, Throwable cause, int attempts);

        void message(Message message);
    }

    void connect();

    CompletableFuture<Void> disconnect();

    /**
     * Cancels a reconnect that is waiting for its delay. The client's own disconnect() cannot:
     * with no connection it only fails with "not connected" and the scheduled attempt goes on.
     */
    void cancelReconnect();

    CompletableFuture<Void> subscribe(String filter, Qos qos);

    CompletableFuture<Void> unsubscribe(String filter);

    CompletableFuture<Void> publish(String topic, byte[] payload, Qos qos, boolean retain);
}
