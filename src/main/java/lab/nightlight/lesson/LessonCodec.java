package lab.nightlight.lesson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The lesson's JSON wire format. Encoding writes exactly what the lesson's Python code writes
 * with {@code json.dumps} ({@code {"light": 512}}, {@code {"led_on": true}}); decoding is strict
 * (whole numbers in range, real booleans, nothing after the object) and never throws: anything
 * else becomes a {@link Rejection} with a reason and the raw bytes.
 */
public final class LessonCodec {

    /** Telemetry and commands are a few bytes; anything past this is not the lesson's. */
    public static final int MAX_PAYLOAD_BYTES = 64 * 1024;

    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private LessonCodec() {
    }

    public static byte[] encode(Telemetry telemetry) {
        return ("{\"light\": " + telemetry.light() + "}").getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] encode(Command command) {
        return ("{\"led_on\": " + command.ledOn() + "}").getBytes(StandardCharsets.UTF_8);
    }

    public static Decoded<Telemetry> decodeTelemetry(byte[] payload) {
        return field(payload, "light").map(node -> {
            if (!node.isNumber()) {
                return rejected(Rejection.Reason.WRONG_TYPE, "\"light\" is " + describe(node) + ", not a number", payload);
            }
            if (!node.isIntegralNumber()) {
                return rejected(Rejection.Reason.WRONG_TYPE, "\"light\" is " + node.asText() + ", not a whole number", payload);
            }
            if (!node.canConvertToInt() || node.intValue() < Telemetry.MIN_LIGHT || node.intValue() > Telemetry.MAX_LIGHT) {
                return rejected(Rejection.Reason.OUT_OF_RANGE, "\"light\" is " + node.asText() + ", the sensor reads 0 to 1023", payload);
            }
            return new Decoded.Accepted<>(new Telemetry(node.intValue()));
        });
    }

    public static Decoded<Command> decodeCommand(byte[] payload) {
        return field(payload, "led_on").map(node -> {
            if (!node.isBoolean()) {
                return rejected(Rejection.Reason.WRONG_TYPE, "\"led_on\" is " + describe(node) + ", not true or false", payload);
            }
            return new Decoded.Accepted<>(Command.of(node.booleanValue()));
        });
    }

    /** Either the named field of a JSON object, or the rejection that explains why there is none. */
    private static Field field(byte[] payload, String name) {
        if (payload == null || payload.length == 0) {
            return Field.rejected(new Rejection(Rejection.Reason.EMPTY, null, payload));
        }
        if (payload.length > MAX_PAYLOAD_BYTES) {
            return Field.rejected(new Rejection(Rejection.Reason.TOO_LARGE,
                    payload.length + " bytes, the lesson's messages are a few bytes", payload));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(payload)).toString();
        } catch (CharacterCodingException e) {
            return Field.rejected(new Rejection(Rejection.Reason.NOT_UTF8, "binary data", payload));
        }
        if (text.startsWith("\uFEFF")) {
            // Python's json.loads refuses it too; saying so helps whoever wrote the sender.
            return Field.rejected(new Rejection(Rejection.Reason.NOT_JSON, "it starts with a UTF-8 byte order mark", payload));
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return Field.rejected(new Rejection(Rejection.Reason.NOT_JSON, firstLine(e.getOriginalMessage()), payload));
        }
        if (root == null || root.isMissingNode()) {
            return Field.rejected(new Rejection(Rejection.Reason.EMPTY, "only white space", payload));
        }
        if (!root.isObject()) {
            return Field.rejected(new Rejection(Rejection.Reason.NOT_AN_OBJECT, "it is " + describe(root), payload));
        }
        JsonNode node = root.get(name);
        if (node == null) {
            return Field.rejected(new Rejection(Rejection.Reason.MISSING_FIELD, "no \"" + name + "\" field", payload));
        }
        return new Field(node, null);
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "the text \"" + truncate(node.asText(), 20) + "\"";
            case BOOLEAN -> node.asText();
            case NULL -> "null";
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case NUMBER -> "the number " + node.asText();
            default -> "something else";
        };
    }

    private static String truncate(String s, int max) {
        return s.length() > max ? s.substring(0, max) + "…" : s;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return truncate(nl < 0 ? message : message.substring(0, nl), 80);
    }

    private static <T> Decoded<T> rejected(Rejection.Reason reason, String detail, byte[] payload) {
        return new Decoded.Rejected<>(new Rejection(reason, detail, payload));
    }

    private record Field(JsonNode node, Rejection rejection) {
        static Field rejected(Rejection rejection) {
            return new Field(null, rejection);
        }

        <T> Decoded<T> map(java.util.function.Function<JsonNode, Decoded<T>> f) {
            return rejection != null ? new Decoded.Rejected<>(rejection) : f.apply(node);
        }
    }

}
