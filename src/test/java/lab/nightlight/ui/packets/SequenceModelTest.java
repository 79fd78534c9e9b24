package lab.nightlight.ui.packets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import lab.nightlight.lesson.Topics;
import lab.nightlight.trace.Direction;
import lab.nightlight.trace.Packet;
import lab.nightlight.trace.PacketType;
import lab.nightlight.trace.Vantage;
import lab.nightlight.ui.Texts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The diagram's model without a toolkit: batching, bounds, counters, pause and step, pings. */
class SequenceModelTest {

    private final Topics topics = new Topics("nl-test");
    private SequenceModel model;
    private long seq;

    @BeforeEach
    void setUp() {
        model = new SequenceModel(Texts.load(Locale.ENGLISH));
        model.setTopics(topics);
    }

    private Packet packet(String client, Direction d, PacketType type) {
        return new Packet(++seq, Instant.EPOCH, Vantage.BROKER, client, d, type, type == PacketType.PUBLISH ? 1 : -1,
                type == PacketType.PUBLISH ? 1 : -1, false, false,
                type == PacketType.PUBLISH ? topics.telemetry() : null, null, null);
    }

    @Test
    void aFloodIsTakenAFewPerFrameAndTheCountersTellTheTruth() {
        for (int i = 0; i < 2000; i++) {
            model.offer(packet(topics.deviceClientId(), Direction.TO_BROKER, PacketType.PUBLISH));
        }
        model.frame(SequenceModel.PER_FRAME);
        assertThat(model.arrows()).hasSize(SequenceModel.PER_FRAME);
        assertThat(model.totalProperty().get()).isEqualTo(2000);
        assertThat(model.statusProperty().get()).isEqualTo("Showing 40 of 2,000 packets");
        for (int i = 0; i < 100; i++) {
            model.frame(SequenceModel.PER_FRAME);
        }
        assertThat(model.arrows()).hasSize(SequenceModel.CAPACITY);
        assertThat(model.arrows().get(model.arrows().size() - 1).packet().sequence()).isEqualTo(2000);
    }

    @Test
    void pausedItKeepsCountingAndStepsOneAtATime() {
        model.pausedProperty().set(true);
        model.offer(packet(topics.deviceClientId(), Direction.TO_BROKER, PacketType.CONNECT));
        model.offer(packet(topics.deviceClientId(), Direction.FROM_BROKER, PacketType.CONNACK));
        model.frame(SequenceModel.PER_FRAME);
        assertThat(model.arrows()).isEmpty();
        assertThat(model.totalProperty().get()).isEqualTo(2);
        model.step();
        assertThat(model.arrows()).extracting(a -> a.packet().type()).containsExactly(PacketType.CONNECT);
    }

    @Test
    void hiddenPingsAreCountedNotDrawn() {
        model.hidePingsProperty().set(true);
        model.offer(packet(topics.serverClientId(), Direction.TO_BROKER, PacketType.PINGREQ));
        model.offer(packet(topics.serverClientId(), Direction.FROM_BROKER, PacketType.PINGRESP));
        model.offer(packet(topics.serverClientId(), Direction.TO_BROKER, PacketType.DISCONNECT));
        model.frame(SequenceModel.PER_FRAME);
        assertThat(model.arrows()).extracting(a -> a.packet().type()).containsExactly(PacketType.DISCONNECT);
        assertThat(model.statusProperty().get()).isEqualTo("Showing 1 of 3 packets");
    }

    @Test
    void clientIdsPickTheLifelineAndDirectionTheEnds() {
        model.offer(packet(topics.deviceClientId(), Direction.TO_BROKER, PacketType.PUBLISH));
        model.offer(packet(topics.serverClientId(), Direction.FROM_BROKER, PacketType.PUBLISH));
        model.offer(packet("nl-testlate_subscriber_1", Direction.FROM_BROKER, PacketType.PUBLISH));
        model.frame(10);
        assertThat(model.arrows()).extracting(Arrow::from, Arrow::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Lifeline.DEVICE, Lifeline.BROKER),
                org.assertj.core.groups.Tuple.tuple(Lifeline.BROKER, Lifeline.SERVER),
                org.assertj.core.groups.Tuple.tuple(Lifeline.BROKER, Lifeline.OTHER));
        assertThat(model.arrows().get(0).label()).isEqualTo("PUBLISH #1 q1  nl-test/telemetry");
        assertThat(model.liveTopics()).containsExactly("nl-test/telemetry");
        assertThat(model.asText()).contains("nl-testnightlight_client -> PUBLISH qos=1 id=1 topic=nl-test/telemetry");
    }

    @Test
    void clearStartsTheCountAgain() {
        model.offer(packet(topics.deviceClientId(), Direction.TO_BROKER, PacketType.CONNECT));
        model.frame(10);
        model.clear();
        model.frame(10);
        assertThat(model.arrows()).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("Showing 0 of 0 packets");
    }
}
