package lab.nightlight.mqtt;

import com.hivemq.client.mqtt.lifecycle.MqttClientDisconnectedContext;
import com.hivemq.client.mqtt.lifecycle.MqttClientReconnector;
import com.hivemq.client.mqtt.lifecycle.MqttDisconnectSource;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * What both drivers do when the client loses its connection: ask {@link MqttConnection} whether
 * and when to try again, and hold the attempt behind a gate that opens after the delay or is
 * closed by {@link #cancel()} (a disconnect while waiting must not reconnect later).
 */
final class ReconnectGate {

    private final Driver.Events events;
    private final Runnable givingUp;
    private volatile CompletableFuture<Boolean> pending;

    ReconnectGate(Driver.Events events, Runnable givingUp) {
        this.events = events;
        this.givingUp = givingUp;
    }

    void onDisconnected(MqttClientDisconnectedContext ctx) {
        MqttClientReconnector reconnector = ctx.getReconnector();
        Duration delay = events.disconnected(ctx.getSource() == MqttDisconnectSource.USER, ctx.getCause(),
                reconnector.getAttempts());
        if (delay == null) {
            givingUp.run();
            return;
        }
        CompletableFuture<Boolean> gate = new CompletableFuture<>();
        pending = gate;
        CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS).execute(() -> gate.complete(true));
        // MqttConnection resubscribes itself: the client does not when the session expired
        // (hivemq-mqtt-client #297), and doing it in one place keeps it honest.
        reconnector.reconnect(true)
                .resubscribeIfSessionExpired(false)
                .resubscribeIfSessionPresent(false)
                .reconnectWhen(gate, (go, e) -> {
                    // Runs on the client's event loop, where the reconnector may be changed.
                    if (!Boolean.TRUE.equals(go)) {
                        reconnector.reconnect(false);
                    }
                });
    }

    void cancel() {
        CompletableFuture<Boolean> gate = pending;
        if (gate != null) {
            gate.complete(false);
        }
    }
}
