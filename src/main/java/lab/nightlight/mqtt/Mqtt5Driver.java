package lab.nightlight.mqtt;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5ClientBuilder;
import com.hivemq.client.mqtt.mqtt5.lifecycle.Mqtt5ClientConnectedContext;
import com.hivemq.client.mqtt.mqtt5.message.connect.Mqtt5ConnectBuilder;
import com.hivemq.client.mqtt.mqtt5.message.subscribe.suback.Mqtt5SubAckReasonCode;
import io.reactivex.Flowable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** MQTT 5 over the HiveMQ client's async API. */
final class Mqtt5Driver implements Driver {

    private final Mqtt5AsyncClient client;
    private final ConnectOptions options;
    private final IncomingPublishes incoming;
    private final ReconnectGate reconnects;

    Mqtt5Driver(BrokerAddress address, ConnectOptions options, Events events, Executor callbacks) {
        this.options = options;
        this.incoming = new IncomingPublishes(this::allPublishes,
                message -> callbacks.execute(() -> events.message(message)));
        this.reconnects = new ReconnectGate(events, incoming::stop);
        Mqtt5ClientBuilder builder = MqttClient.builder().useMqttVersion5()
                .identifier(options.clientId())
                .transportConfig(Transports.config(address, options))
                .executorConfig(NetworkThreads.CONFIG)
                .addConnectedListener(ctx -> events.connected(((Mqtt5ClientConnectedContext) ctx).getConnAck().isSessionPresent()))
                .addDisconnectedListener(reconnects::onDisconnected);
        this.client = builder.buildAsync();
    }

    /** Every publish that arrives, in our own terms; asked for on connect, once the client exists. */
    private Flowable<Message> allPublishes() {
        return client.toRx().publishes(MqttGlobalPublishFilter.ALL).map(p -> new Message(p.getTopic().toString(),
                p.getPayloadAsBytes(), Qos.of(p.getQos().getCode()), p.isRetain(), Instant.now()));
    }

    @Override
    public void connect() {
        incoming.start();
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
        incoming.stop();
        return client.disconnect();
    }

    @Override
    public void cancelReconnect() {
        reconnects.cancel();
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
