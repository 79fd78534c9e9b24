package lab.nightlight.broker;

import com.hivemq.extension.sdk.api.client.ClientContext;
import com.hivemq.extension.sdk.api.client.parameter.InitializerInput;
import com.hivemq.extension.sdk.api.interceptor.connack.parameter.ConnackOutboundInput;
import com.hivemq.extension.sdk.api.interceptor.connect.parameter.ConnectInboundInput;
import com.hivemq.extension.sdk.api.packets.connack.ConnackPacket;
import com.hivemq.extension.sdk.api.packets.connect.ConnectPacket;
import com.hivemq.extension.sdk.api.packets.general.Qos;
import com.hivemq.extension.sdk.api.packets.publish.PublishPacket;
import com.hivemq.extension.sdk.api.packets.subscribe.Subscription;
import com.hivemq.extension.sdk.api.parameter.ClientBasedInput;
import com.hivemq.extension.sdk.api.services.Services;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.stream.Collectors;
import lab.nightlight.lesson.PayloadPreview;
import lab.nightlight.trace.Direction;
import lab.nightlight.trace.Packet;
import lab.nightlight.trace.PacketHub;
import lab.nightlight.trace.PacketType;
import lab.nightlight.trace.Vantage;

/**
 * Sees every packet of every client inside the embedded broker, through the extension SDK's
 * inbound and outbound interceptors, and hands each to a {@link PacketHub}. Interceptors cost
 * time on the broker's path, so they are registered only when a hub is given (the window), not
 * for benchmarks.
 */
final class BrokerPacketObserver {

    private static final int PREVIEW_CHARS = 40;
    private final PacketHub hub;

    BrokerPacketObserver(PacketHub hub) {
        this.hub = hub;
    }

    /** Called from the embedded extension's start, where {@link Services} belongs to this broker. */
    void register() {
        Services.interceptorRegistry().setConnectInboundInterceptorProvider(in -> (input, output) -> onConnect(input));
        Services.interceptorRegistry().setConnackOutboundInterceptorProvider(in -> (input, output) -> onConnack(input));
        Services.initializerRegistry().setClientInitializer(this::initialize);
    }

    private void initialize(InitializerInput input, ClientContext ctx) {
        ctx.addPublishInboundInterceptor((in, out) -> publish(in, in.getPublishPacket(), Direction.TO_BROKER));
        ctx.addPublishOutboundInterceptor((in, out) -> publish(in, in.getPublishPacket(), Direction.FROM_BROKER));
        ctx.addPubackInboundInterceptor((in, out) -> ack(in, PacketType.PUBACK, Direction.TO_BROKER,
                in.getPubackPacket().getPacketIdentifier(), in.getPubackPacket().getReasonCode().name()));
        ctx.addPubackOutboundInterceptor((in, out) -> ack(in, PacketType.PUBACK, Direction.FROM_BROKER,
                in.getPubackPacket().getPacketIdentifier(), in.getPubackPacket().getReasonCode().name()));
        ctx.addPubrecInboundInterceptor((in, out) -> ack(in, PacketType.PUBREC, Direction.TO_BROKER,
                in.getPubrecPacket().getPacketIdentifier(), in.getPubrecPacket().getReasonCode().name()));
        ctx.addPubrecOutboundInterceptor((in, out) -> ack(in, PacketType.PUBREC, Direction.FROM_BROKER,
                in.getPubrecPacket().getPacketIdentifier(), in.getPubrecPacket().getReasonCode().name()));
        ctx.addPubrelInboundInterceptor((in, out) -> ack(in, PacketType.PUBREL, Direction.TO_BROKER,
                in.getPubrelPacket().getPacketIdentifier(), in.getPubrelPacket().getReasonCode().name()));
        ctx.addPubrelOutboundInterceptor((in, out) -> ack(in, PacketType.PUBREL, Direction.FROM_BROKER,
                in.getPubrelPacket().getPacketIdentifier(), in.getPubrelPacket().getReasonCode().name()));
        ctx.addPubcompInboundInterceptor((in, out) -> ack(in, PacketType.PUBCOMP, Direction.TO_BROKER,
                in.getPubcompPacket().getPacketIdentifier(), in.getPubcompPacket().getReasonCode().name()));
        ctx.addPubcompOutboundInterceptor((in, out) -> ack(in, PacketType.PUBCOMP, Direction.FROM_BROKER,
                in.getPubcompPacket().getPacketIdentifier(), in.getPubcompPacket().getReasonCode().name()));
        ctx.addSubscribeInboundInterceptor((in, out) -> {
            var p = in.getSubscribePacket();
            String filters = p.getSubscriptions().stream().map(Subscription::getTopicFilter).collect(Collectors.joining(","));
            int qos = p.getSubscriptions().isEmpty() ? -1 : p.getSubscriptions().get(0).getQos().getQosNumber();
            emit(in, Direction.TO_BROKER, PacketType.SUBSCRIBE, p.getPacketId(), qos, false, false, filters, null, null);
        });
        ctx.addSubackOutboundInterceptor((in, out) -> ack(in, PacketType.SUBACK, Direction.FROM_BROKER,
                in.getSubackPacket().getPacketIdentifier(), in.getSubackPacket().getReasonCodes().toString()));
        ctx.addUnsubscribeInboundInterceptor((in, out) -> emit(in, Direction.TO_BROKER, PacketType.UNSUBSCRIBE,
                in.getUnsubscribePacket().getPacketIdentifier(), -1, false, false,
                String.join(",", in.getUnsubscribePacket().getTopicFilters()), null, null));
        ctx.addUnsubackOutboundInterceptor((in, out) -> ack(in, PacketType.UNSUBACK, Direction.FROM_BROKER,
                in.getUnsubackPacket().getPacketIdentifier(), in.getUnsubackPacket().getReasonCodes().toString()));
        ctx.addPingReqInboundInterceptor((in, out) -> ack(in, PacketType.PINGREQ, Direction.TO_BROKER, -1, null));
        ctx.addPingRespOutboundInterceptor((in, out) -> ack(in, PacketType.PINGRESP, Direction.FROM_BROKER, -1, null));
        ctx.addDisconnectInboundInterceptor((in, out) -> ack(in, PacketType.DISCONNECT, Direction.TO_BROKER, -1,
                in.getDisconnectPacket().getReasonCode().name()));
        ctx.addDisconnectOutboundInterceptor((in, out) -> ack(in, PacketType.DISCONNECT, Direction.FROM_BROKER, -1,
                in.getDisconnectPacket().getReasonCode().name()));
    }

    private void onConnect(ConnectInboundInput input) {
        ConnectPacket p = input.getConnectPacket();
        String detail = "mqtt=" + p.getMqttVersion().name().replace("V_", "").replace('_', '.')
                + " cleanStart=" + p.getCleanStart() + " keepAlive=" + p.getKeepAlive() + "s"
                + (p.getSessionExpiryInterval() > 0 ? " sessionExpiry=" + p.getSessionExpiryInterval() + "s" : "")
                + p.getWillPublish().map(w -> " will=" + w.getTopic()).orElse("")
                + p.getUserName().map(u -> " user=" + u).orElse("");
        emit(input, Direction.TO_BROKER, PacketType.CONNECT, -1, -1, false, false, null, null, detail);
    }

    private void onConnack(ConnackOutboundInput input) {
        ConnackPacket p = input.getConnackPacket();
        emit(input, Direction.FROM_BROKER, PacketType.CONNACK, -1, -1, false, false, null, null,
                p.getReasonCode().name() + " sessionPresent=" + p.getSessionPresent());
    }

    private void publish(ClientBasedInput input, PublishPacket p, Direction direction) {
        String preview = p.getPayload().map(BrokerPacketObserver::preview).orElse("(empty)");
        emit(input, direction, PacketType.PUBLISH, p.getQos() == Qos.AT_MOST_ONCE ? -1 : p.getPacketId(),
                p.getQos().getQosNumber(), p.getRetain(), p.getDupFlag(), p.getTopic(), preview, null);
    }

    private void ack(ClientBasedInput input, PacketType type, Direction direction, int packetId, String reason) {
        String detail = reason == null || reason.equals("SUCCESS") || reason.equals("NORMAL_DISCONNECTION") ? null : reason;
        emit(input, direction, type, packetId, -1, false, false, null, null, detail);
    }

    private void emit(ClientBasedInput input, Direction direction, PacketType type, int packetId, int qos,
                      boolean retain, boolean dup, String topic, String preview, String detail) {
        if (!hub.hasListeners()) {
            return;
        }
        hub.publish(new Packet(hub.nextSequence(), Instant.now(), Vantage.BROKER,
                input.getClientInformation().getClientId(), direction, type, packetId, qos, retain, dup, topic,
                preview, detail));
    }

    private static String preview(ByteBuffer payload) {
        ByteBuffer copy = payload.asReadOnlyBuffer();
        byte[] bytes = new byte[Math.min(copy.remaining(), PREVIEW_CHARS * 4)];
        copy.get(bytes);
        return PayloadPreview.of(bytes, PREVIEW_CHARS);
    }
}
