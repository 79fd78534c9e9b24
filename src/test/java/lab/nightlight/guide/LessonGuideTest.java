package lab.nightlight.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import lab.nightlight.device.VirtualDevice;
import lab.nightlight.lesson.DeviceIds;
import lab.nightlight.lesson.Topics;
import lab.nightlight.mqtt.ConnectOptions;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.server.NightlightServer;
import lab.nightlight.support.TestBroker;
import org.junit.jupiter.api.Test;

class LessonGuideTest {

    @Test
    void theChecklistTicksInTheLessonsOrderAsTheLoopRunsThroughTheBroker() throws Exception {
        Topics topics = new Topics(DeviceIds.random());
        MqttConnection dc = MqttConnection.create(TestBroker.address(), ConnectOptions.defaults(topics.deviceClientId()), Runnable::run);
        MqttConnection sc = MqttConnection.create(TestBroker.address(), ConnectOptions.defaults(topics.serverClientId()), Runnable::run);
        LessonGuide guide = new LessonGuide();
        List<LessonStep> ticked = new CopyOnWriteArrayList<>();
        guide.onTick((step, at) -> ticked.add(step));
        try (VirtualDevice device = new VirtualDevice(dc, topics, Runnable::run);
             NightlightServer server = new NightlightServer(sc, topics, Runnable::run)) {
            device.setInterval(Duration.ZERO);
            guide.watch(device, server);
            assertThat(guide.doneCount()).isZero();
            device.start();
            server.start();
            dc.connect().get(10, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(5)).until(() -> guide.isDone(LessonStep.CONNECT_DEVICE));
            assertThat(guide.isDone(LessonStep.SEND_TELEMETRY)).isFalse();
            // Telemetry with nobody listening: sent, but not received.
            device.sendTelemetry().get(5, TimeUnit.SECONDS);
            assertThat(guide.isDone(LessonStep.SEND_TELEMETRY)).isTrue();
            assertThat(guide.isDone(LessonStep.RECEIVE_TELEMETRY)).isFalse();

            sc.connect().get(10, TimeUnit.SECONDS);
            device.setLight(100);
            await().atMost(Duration.ofSeconds(10)).until(() -> guide.doneCount() == LessonStep.values().length);
            // The device may handle the command before the server hears that its publish is done.
            assertThat(ticked).containsExactlyInAnyOrder(LessonStep.values());
            assertThat(ticked.subList(0, 3)).containsExactly(LessonStep.CONNECT_DEVICE, LessonStep.SEND_TELEMETRY,
                    LessonStep.RECEIVE_TELEMETRY);
        } finally {
            dc.disconnect();
            sc.disconnect();
        }
    }
}
