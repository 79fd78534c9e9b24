package lab.nightlight.mqtt;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.lifecycle.MqttDisconnectSource;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5ClientBuilder;
import com.hivemq.client.mqtt.mqtt5.lifecycle.Mqtt5ClientConnectedContext;
import com.hivemq.client.mqtt.mqtt5.message.connect.Mqtt5ConnectBuilder;
import com.hivemq.client.mqtt.mqtt5.message.subscribe.suback.Mqtt5SubAckReasonCode;
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
    /** Whether a publish flow was ever registered (a first connect may resume an old session). */
    private volatile boolean listening;

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
                    if (!sessionPresent || !listening) {
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
                        ctx.getReconnector().reconnect(true)
                                .resubscribeIfSessionExpired(false)
                                .resubscribeIfSessionPresent(false)
                                .delay(delay.toMillis(), TimeUnit.MILLISECONDS);
                    }
                });
        this.client = builder.buildAsync();
    }

    /**
     * Registers the callback for incoming messages. The HiveMQ client ends its global publish
     * flows when its session ends, and with this app's settings that is every disconnect (by the
     * user, or a lost connection that the reconnector then restores: hivemq-mqtt-client #499).
     * A connect without a session present therefore needs a fresh flow, registered here on the
     * client's thread before {@link MqttConnection} resubscribes; with a session present the old
     * flow still runs.
     */
    private void listen() {
        listening = true;
        client.publishes(MqttGlobalPublishFilter.ALL, p -> events.message(new Message(
                p.getTopic().toString(), p.getPayloadAsBytes(), Qos.of(p.getQos().getCode()), p.isRetain(),
                Instant.now())), callbacks);
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
