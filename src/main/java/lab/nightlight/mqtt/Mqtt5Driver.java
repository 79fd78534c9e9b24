package lab.nightlight.mqtt;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.lifecycle.MqttDisconnectSource;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5ClientBuilder;
import com.hivemq.client.mqtt.mqtt5.lifecycle.Mqtt5ClientConnectedContext;
import com.hivemq.client.mqtt.lifecycle.MqttClientReconnector;
import com.hivemq.client.mqtt.mqtt5.message.connect.Mqtt5ConnectBuilder;
import com.hivemq.client.mqtt.mqtt5.message.subscribe.suback.Mqtt5SubAckReasonCode;
import io.reactivex.disposables.Disposable;
import io.reactivex.schedulers.Schedulers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/** MQTT 5 over the HiveMQ client's async API. */
final class Mqtt5Driver implements Driver {

    private final Mqtt5AsyncClient client;
    private final ConnectOptions options;
    private final Events events;
    private final Executor callbacks;
    /** The one subscriber to every incoming message; replaced whenever the client's session ends. */
    private volatile Disposable listening;
    private volatile CompletableFuture<Boolean> pendingReconnect;

    Mqtt5Driver(BrokerAddress address, ConnectOptions options, Events events, Executor callbacks) {
        this.options = options;
        this.events = events;
        this.callbacks = callbacks;
        long timeout = options.connectTimeout().toMillis();
        Mqtt5ClientBuilder builder = MqttClient.builder().useMqttVersion5()
                .identifier(options.clientId())
                .serverHost(address.host())
                .serverPort(address.port())
                .transportConfig()
                .socketConnectTimeout(timeout, TimeUnit.MILLISECONDS)
                .mqttConnectTimeout(timeout, TimeUnit.MILLISECONDS)
                .applyTransportConfig()
                .addConnectedListener(ctx -> {
                    boolean sessionPresent = ((Mqtt5ClientConnectedContext) ctx).getConnAck().isSessionPresent();
                    if (!sessionPresent) {
                        listen();
                    }
                    events.connected(sessionPresent);
                })
                .addDisconnectedListener(ctx -> {
                    Duration delay = events.disconnected(ctx.getSource() == MqttDisconnectSource.USER,
                            ctx.getCause(), ctx.getReconnector().getAttempts());
                    if (delay != null) {
                        // MqttConnection resubscribes itself: the client does not when the session
                        // expired (hivemq-mqtt-client #297), and doing it in one place keeps it honest.
                        // The attempt waits for a gate we open after the delay, or close on disconnect().
                        MqttClientReconnector reconnector = ctx.getReconnector();
                        CompletableFuture<Boolean> gate = new CompletableFuture<>();
                        pendingReconnect = gate;
                        CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS)
                                .execute(() -> gate.complete(true));
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
                });
        this.client = builder.buildAsync();
        listen();
    }

    /**
     * (Re)starts delivery of incoming messages. The client ends its global publish flows when its
     * session ends (a clean disconnect, or a reconnect where the broker kept no session), so after
     * that nothing would reach {@link Events#message} however often we resubscribe. Called before
     * the resubscription, on the client's event loop, so no message of the new session is missed.
     */
    private void listen() {
        Disposable previous = listening;
        if (previous != null) {
            previous.dispose();
        }
        listening = client.toRx().publishes(MqttGlobalPublishFilter.ALL)
                .observeOn(Schedulers.from(callbacks), true)
                .subscribe(p -> events.message(new Message(p.getTopic().toString(), p.getPayloadAsBytes(),
                        Qos.of(p.getQos().getCode()), p.isRetain(), Instant.now())), e -> {
                            // The session ended; the next connect listens again.
                        });
    }

    @Override
    public void connect() {
        Mqtt5ConnectBuilder.Send<CompletableFuture<com.hivemq.client.mqtt.mqtt5.message.connect.connack.Mqtt5ConnAck>> connect =
                client.connectWith()
                        .cleanStart(options.cleanStart())
                        .keepAlive(options.keepAliveSeconds())
                        .sessionExpiryInterval(options.sessionExpirySeconds());
        if (options.username() != null) {
            connect = connect.simpleAuth().username(options.username())
                    .password(options.password() == null ? new byte[0] : options.password().getBytes(StandardCharsets.UTF_8))
                    .applySimpleAuth();
        }
        if (options.will() != null) {
            Will will = options.will();
            connect = connect.willPublish().topic(will.topic()).payload(will.payload())
                    .qos(mqttQos(will.qos())).retain(will.retain()).applyWillPublish();
        }
        // The outcome arrives through the connected and disconnected listeners.
        connect.send().exceptionally(e -> null);
    }

    @Override
    public CompletableFuture<Void> disconnect() {
        return client.disconnect();
    }

    @Override
    public void cancelReconnect() {
        CompletableFuture<Boolean> gate = pendingReconnect;
        if (gate != null) {
            gate.complete(false);
        }
    }

    @Override
    public CompletableFuture<Void> subscribe(String filter, Qos qos) {
        return client.subscribeWith().topicFilter(filter).qos(mqttQos(qos)).send().thenAccept(subAck -> {
            for (Mqtt5SubAckReasonCode code : subAck.getReasonCodes()) {
                if (code.isError()) {
                    throw new RefusedException(MqttProblem.Kind.SUBSCRIBE_REFUSED, "SUBACK " + code);
                }
            }
        });
    }

    @Override
    public CompletableFuture<Void> unsubscribe(String filter) {
        return client.unsubscribeWith().topicFilter(filter).send().thenAccept(x -> {
        });
    }

    @Override
    public CompletableFuture<Void> publish(String topic, byte[] payload, Qos qos, boolean retain) {
        return client.publishWith().topic(topic).payload(payload).qos(mqttQos(qos)).retain(retain).send()
                .thenAccept(result -> result.getError().ifPresent(e -> {
                    throw new RefusedException(MqttProblem.Kind.PUBLISH_REFUSED, String.valueOf(e.getMessage()));
                }));
    }

    static MqttQos mqttQos(Qos qos) {
        return MqttQos.fromCode(qos.level());
    }
}
