package lab.nightlight.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Everything a student's sender (or a stranger on a public broker) might put on the lesson's
 * topics is rejected with the right reason, keeps the bytes that arrived, and never throws.
 */
class BadPayloadCorpusTest {

    static List<BadPayloads.Case> telemetry() {
        return BadPayloads.telemetry();
    }

    static List<BadPayloads.Case> commands() {
        return BadPayloads.commands();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("telemetry")
    void badTelemetryIsRejectedWithItsReasonAndItsBytes(BadPayloads.Case bad) {
        byte[] copy = Arrays.copyOf(bad.payload(), bad.payload().length);

        Decoded<Telemetry> decoded = LessonCodec.decodeTelemetry(bad.payload());

        assertRejected(decoded, bad, copy);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void badCommandsAreRejectedWithTheirReasonAndTheirBytes(BadPayloads.Case bad) {
        byte[] copy = Arrays.copyOf(bad.payload(), bad.payload().length);

        Decoded<Command> decoded = LessonCodec.decodeCommand(bad.payload());

        assertRejected(decoded, bad, copy);
    }

    private static void assertRejected(Decoded<?> decoded, BadPayloads.Case bad, byte[] original) {
        assertThat(decoded).isInstanceOf(Decoded.Rejected.class);
        Rejection rejection = ((Decoded.Rejected<?>) decoded).rejection();
        assertThat(rejection.reason()).as("reason, detail: %s", rejection.detail()).isEqualTo(bad.reason());
        assertThat(rejection.raw()).as("the bytes that arrived are kept as they were").isEqualTo(original);
        assertThat(rejection.message()).startsWith("Rejected: " + bad.reason().english());
        // The log and the CLI show these: one bounded line whatever arrived.
        assertThat(rejection.preview(40)).hasSizeLessThanOrEqualTo(41).doesNotContain("\n", "\r");
        assertThat(rejection.toString()).doesNotContain("\n");
    }

    @Test
    void theCorpusIsLargeAndCoversEveryReason() {
        assertThat(telemetry()).hasSizeGreaterThanOrEqualTo(50);
        Set<Rejection.Reason> seen = telemetry().stream().map(BadPayloads.Case::reason).collect(Collectors.toSet());
        assertThat(seen).isEqualTo(EnumSet.allOf(Rejection.Reason.class));
        // A boolean has no range: every other reason applies to commands too.
        assertThat(commands().stream().map(BadPayloads.Case::reason).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.complementOf(EnumSet.of(Rejection.Reason.OUT_OF_RANGE)));
    }

    @Test
    void theCorpusHasTheHardCasesItClaims() {
        // Guards the escapes in the corpus file: a broken reader would quietly test easier payloads.
        assertThat(telemetry()).anySatisfy(c -> assertThat(c.payload().length).isGreaterThanOrEqualTo(1024 * 1024));
        assertThat(telemetry()).anySatisfy(c -> assertThat(c.payload()).startsWith(0xef, 0xbb, 0xbf));
        assertThat(telemetry()).anySatisfy(c -> assertThat(c.payload()).isEmpty());
        assertThat(telemetry()).anySatisfy(c -> assertThat(c.payload()).contains((byte) 0xff));
    }
}
