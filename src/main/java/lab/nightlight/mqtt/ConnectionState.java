package lab.nightlight.mqtt;

import java.time.Duration;
import java.time.Instant;

/** What a connection is doing now. Delivered as events on the caller's executor. */
public sealed interface ConnectionState {

    /** Not yet asked to connect. */
    record Idle() implements ConnectionState {
    }

    record Connecting(BrokerAddress address) implements ConnectionState {
    }

    /** Connected; {@code sessionPresent} says the broker kept a session from before. */
    record Connected(BrokerAddress address, boolean sessionPresent) implements ConnectionState {
    }

    /** Lost and retrying: attempt {@code attempt} starts at {@code retryAt} ({@code delay} after the loss). */
    record Reconnecting(BrokerAddress address, int attempt, Duration delay, Instant retryAt, MqttProblem problem)
            implements ConnectionState {
    }

    /** Not connected and not retrying. {@code problem} is null when the user asked for it. */
    record Disconnected(MqttProblem problem) implements ConnectionState {
    }

    default boolean isConnected() {
        return this instanceof Connected;
    }
}
