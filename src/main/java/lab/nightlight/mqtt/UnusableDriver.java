package lab.nightlight.mqtt;

import java.util.concurrent.CompletableFuture;

/** Stands in for a client that could not be built from its settings: every call fails with the reason. */
final class UnusableDriver implements Driver {

    private final MqttProblem problem;
    private final Events events;

    UnusableDriver(MqttProblem problem, Events events) {
        this.problem = problem;
        this.events = events;
    }

    private <T> CompletableFuture<T> failed() {
        return CompletableFuture.failedFuture(new MqttException(problem, null));
    }

    @Override
    public void connect() {
        events.disconnected(false, new MqttException(problem, null), 0);
    }

    @Override
    public CompletableFuture<Void> disconnect() {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void cancelReconnect() {
    }

    @Override
    public CompletableFuture<Void> subscribe(String filter, Qos qos) {
        return failed();
    }

    @Override
    public CompletableFuture<Void> unsubscribe(String filter) {
        return failed();
    }

    @Override
    public CompletableFuture<Void> publish(String topic, byte[] payload, Qos qos, boolean retain) {
        return failed();
    }
}
