package lab.nightlight.mqtt;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.lifecycle.Mqtt3ClientConnectedContext;
import com.hivemq.client.mqtt.mqtt3.message.connect.Mqtt3ConnectBuilder;
import com.hivemq.client.mqtt.mqtt3.message.connect.connack.Mqtt3ConnAck;
import com.hivemq.client.mqtt.mqtt3.message.subscribe.suback.Mqtt3SubAckReturnCode;
import io.reactivex.Flowable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** MQTT 3.1.1 over the HiveMQ client's async API: what the lesson's paho code and the Wio Terminal speak. */
final class Mqtt3Driver implements Driver {

    private final Mqtt3AsyncClient client;
    private final ConnectOptions options;
    private final IncomingPublishes incoming;
    private final ReconnectGate reconnects;

    Mqtt3Driver(BrokerAddress address, ConnectOptions options, Events events, Executor callbacks) {
        this.options = options;
        this.incoming = new IncomingPublishes(this::allPublishes,
                message -> callbacks.execute(() -> events.message(message)));
        this.reconnects = new ReconnectGate(events, incoming::stop);
        this.client = MqttClient.builder().useMqttVersion3()
                .identifier(options.clientId())
                .transportConfig(Transports.config(address, options))
                .executorConfig(NetworkThreads.CONFIG)
                .addConnectedListener(ctx -> events.connected(((Mqtt3ClientConnectedContext) ctx).getConnAck().isSessionPresent()))
                .addDisconnectedListener(reconnects::onDisconnected)
                .buildAsync();
    }

    /** Every publish that arrives, in our own terms; asked for on connect, once the client exists. */
    private Flowable<Message> allPublishes() {
        return client.toRx().publishes(MqttGlobalPublishFilter.ALL).map(p -> new Message(p.getTopic().toString(),
                p.getPayloadAsBytes(), Qos.of(p.getQos().getCode()), p.isRetain(), Instant.now()));
    }

    @Override
    public void connect() {
        incoming.start();
        Mqtt3ConnectBuilder.Send<CompletableFuture<Mqtt3ConnAck>> connect = client.connectWith()
                .cleanSession(options.cleanStart())
                .keepAlive(options.keepAliveSeconds());
        if (options.username() != null) {
            connect = connect.simpleAuth().username(options.username())
                    .password(options.password() == null ? new byte[0] : options.password().getBytes(StandardCharsets.UTF_8))
                    .applySimpleAuth();
        }
        if (options.will() != null) {
            Will will = options.will();
            connect = connect.willPublish().topic(will.topic()).payload(will.payload())
                    .qos(Mqtt5Driver.mqttQos(will.qos())).retain(will.retain()).applyWillPublish();
        }
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
        return client.subscribeWith().topicFilter(filter).qos(Mqtt5Driver.mqttQos(qos)).send().thenAccept(subAck -> {
            for (Mqtt3SubAckReturnCode code : subAck.getReturnCodes()) {
                if (code.isError()) {
                    throw new RefusedException(MqttProblem.Kind.SUBSCRIBE_REFUSED, "SUBACK " + code);
                }
            }
        });
    }

    @Override
    public CompletableFuture<Void> unsubscribe(String filter) {
        return client.unsubscribeWith().topicFilter(filter).send();
    }

    @Override
    public CompletableFuture<Void> publish(String topic, byte[] payload, Qos qos, boolean retain) {
        return client.publishWith().topic(topic).payload(payload).qos(Mqtt5Driver.mqttQos(qos)).retain(retain).send()
                .thenAccept(p -> {
                });
    }
}
