package lab.nightlight.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The wire format as the lesson's Python code writes it. The expected strings are what
 * {@code json.dumps({"light": 512})} prints (note the space after the colon): a real Wio Terminal
 * or the lesson's server.py must not be able to tell our device or server from the lesson's.
 */
class LessonCodecTest {

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void telemetryIsEncodedExactlyAsPythonJsonDumps() {
        assertThat(text(LessonCodec.encode(new Telemetry(512)))).isEqualTo("{\"light\": 512}");
        assertThat(text(LessonCodec.encode(new Telemetry(0)))).isEqualTo("{\"light\": 0}");
        assertThat(text(LessonCodec.encode(new Telemetry(1023)))).isEqualTo("{\"light\": 1023}");
    }

    @Test
    void commandsAreEncodedExactlyAsPythonJsonDumps() {
        assertThat(text(LessonCodec.encode(Command.ON))).isEqualTo("{\"led_on\": true}");
        assertThat(text(LessonCodec.encode(Command.OFF))).isEqualTo("{\"led_on\": false}");
    }

    @Test
    void everyLightLevelSurvivesARoundTrip() {
        IntStream.rangeClosed(Telemetry.MIN_LIGHT, Telemetry.MAX_LIGHT).forEach(light -> {
            Decoded<Telemetry> decoded = LessonCodec.decodeTelemetry(LessonCodec.encode(new Telemetry(light)));
            assertThat(decoded).isEqualTo(new Decoded.Accepted<>(new Telemetry(light)));
        });
    }

    @Test
    void bothCommandsSurviveARoundTrip() {
        assertThat(LessonCodec.decodeCommand(LessonCodec.encode(Command.ON))).isEqualTo(new Decoded.Accepted<>(Command.ON));
        assertThat(LessonCodec.decodeCommand(LessonCodec.encode(Command.OFF))).isEqualTo(new Decoded.Accepted<>(Command.OFF));
    }

    /** Other senders format the same JSON differently: ArduinoJson on the Wio Terminal writes it compact. */
    @ParameterizedTest
    @ValueSource(strings = {
            "{\"light\":512}",
            "{ \"light\" : 512 }",
            "\n{\"light\": 512}\n",
            "{\"light\": 512, \"device\": \"wio\"}",
            "{\"device\": {\"name\": \"wio\"}, \"light\": 512}",
            "{\"light\": 512, \"light_unit\": \"raw\"}",
    })
    void otherSendersFormattingOfTheSameTelemetryIsAccepted(String payload) {
        assertThat(LessonCodec.decodeTelemetry(bytes(payload))).isEqualTo(new Decoded.Accepted<>(new Telemetry(512)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"led_on\":true}", "{\"led_on\": true, \"reason\": \"dark\"}", " {\"led_on\" :true} "})
    void otherSendersFormattingOfTheSameCommandIsAccepted(String payload) {
        assertThat(LessonCodec.decodeCommand(bytes(payload))).isEqualTo(new Decoded.Accepted<>(Command.ON));
    }

    @Test
    void minusZeroIsZeroAsInPython() {
        // json.loads('{"light": -0}') gives 0: a whole number in range, so it is the sensor's 0.
        assertThat(LessonCodec.decodeTelemetry(bytes("{\"light\": -0}"))).isEqualTo(new Decoded.Accepted<>(new Telemetry(0)));
    }

    @Test
    void aPayloadOfExactlyTheLimitIsStillRead() {
        String json = "{\"light\": 7}";
        byte[] payload = bytes(json + " ".repeat(LessonCodec.MAX_PAYLOAD_BYTES - json.length()));
        assertThat(payload).hasSize(LessonCodec.MAX_PAYLOAD_BYTES);
        assertThat(LessonCodec.decodeTelemetry(payload)).isEqualTo(new Decoded.Accepted<>(new Telemetry(7)));

        byte[] oneMore = bytes(json + " ".repeat(LessonCodec.MAX_PAYLOAD_BYTES - json.length() + 1));
        assertThat(LessonCodec.decodeTelemetry(oneMore)).isInstanceOfSatisfying(Decoded.Rejected.class,
                r -> assertThat(r.rejection().reason()).isEqualTo(Rejection.Reason.TOO_LARGE));
    }

    @Test
    void aRejectionSaysWhyInOneSentenceAndKeepsTheBytes() {
        byte[] payload = bytes("{\"light\": \"dark\"}");
        Decoded<Telemetry> decoded = LessonCodec.decodeTelemetry(payload);

        assertThat(decoded.isAccepted()).isFalse();
        Rejection rejection = ((Decoded.Rejected<Telemetry>) decoded).rejection();
        assertThat(rejection.reason()).isEqualTo(Rejection.Reason.WRONG_TYPE);
        assertThat(rejection.message()).isEqualTo("Rejected: a field has the wrong type (\"light\" is the text \"dark\", not a number).");
        assertThat(rejection.raw()).isEqualTo(payload);
        assertThat(rejection.preview(40)).isEqualTo("{\"light\": \"dark\"}");
        assertThat(rejection.reason().key()).isEqualTo("rejection.wrong_type");
    }
}
