package lab.nightlight.lesson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The lesson's JSON wire format. Encoding writes exactly what the lesson's Python code writes
 * with {@code json.dumps} ({@code {"light": 512}}, {@code {"led_on": true}}); decoding is strict
 * (whole numbers in range, real booleans, nothing after the object) and never throws: anything
 * else becomes a {@link Rejection} with a reason and the raw bytes.
 *
 * <p>Decoding reads the payload once with Jackson's streaming parser and keeps only the one
 * field it wants; it builds no tree. (Jackson databind, used here before, cost ~0.4 s and ~600
 * classes at the first message of a start, and a tree of nodes for every message.) Every token
 * is still read, so a syntax error anywhere, however deep, rejects the payload as NOT_JSON.
 */
public final class LessonCodec {

    /** Telemetry and commands are a few bytes; anything past this is not the lesson's. */
    public static final int MAX_PAYLOAD_BYTES = 64 * 1024;

    /**
     * Jackson's defaults refuse comments, single quotes, unquoted names, NaN and leading zeros;
     * duplicate names are refused here too, in nested objects as well. What may follow the root
     * value is checked in {@link #field}.
     */
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** How much of a sender's text a detail shows; a number keeps 24, so any 64-bit one is whole. */
    private static final int TEXT_SHOWN = 20;
    private static final int NUMBER_SHOWN = 24;

    private LessonCodec() {
    }

    public static byte[] encode(Telemetry telemetry) {
        return ("{\"light\": " + telemetry.light() + "}").getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] encode(Command command) {
        return ("{\"led_on\": " + command.ledOn() + "}").getBytes(StandardCharsets.UTF_8);
    }

    public static Decoded<Telemetry> decodeTelemetry(byte[] payload) {
        return field(payload, "light").map(value -> {
            if (!value.isNumber()) {
                return rejected(Rejection.Reason.WRONG_TYPE, "\"light\" is " + value.describe() + ", not a number", payload);
            }
            if (value.token() != JsonToken.VALUE_NUMBER_INT) {
                return rejected(Rejection.Reason.WRONG_TYPE, "\"light\" is " + brief(value.text(), NUMBER_SHOWN) + ", not a whole number", payload);
            }
            if (!value.fitsInt() || value.intValue() < Telemetry.MIN_LIGHT || value.intValue() > Telemetry.MAX_LIGHT) {
                return rejected(Rejection.Reason.OUT_OF_RANGE, "\"light\" is " + brief(value.text(), NUMBER_SHOWN) + ", the sensor reads 0 to 1023", payload);
            }
            return new Decoded.Accepted<>(new Telemetry(value.intValue()));
        });
    }

    public static Decoded<Command> decodeCommand(byte[] payload) {
        return field(payload, "led_on").map(value -> {
            if (value.token() != JsonToken.VALUE_TRUE && value.token() != JsonToken.VALUE_FALSE) {
                return rejected(Rejection.Reason.WRONG_TYPE, "\"led_on\" is " + value.describe() + ", not true or false", payload);
            }
            return new Decoded.Accepted<>(Command.of(value.token() == JsonToken.VALUE_TRUE));
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
        CharBuffer text;
        try {
            text = utf8(payload);
        } catch (CharacterCodingException e) {
            return Field.rejected(new Rejection(Rejection.Reason.NOT_UTF8, "binary data", payload));
        }
        if (text.charAt(0) == '\uFEFF') {
            // Python's json.loads refuses it too; saying so helps whoever wrote the sender.
            return Field.rejected(new Rejection(Rejection.Reason.NOT_JSON, "it starts with a UTF-8 byte order mark", payload));
        }
        // The parser reads the decoded characters rather than the bytes: given bytes, Jackson would
        // guess UTF-16 or UTF-32 from NUL bytes at the start, and word its errors differently.
        try (JsonParser parser = JSON.createParser(text.array(), text.arrayOffset() + text.position(), text.remaining())) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Field.rejected(new Rejection(Rejection.Reason.EMPTY, "only white space", payload));
            }
            Value root = null;
            Value field = null;
            if (first == JsonToken.START_OBJECT) {
                for (String next = parser.nextFieldName(); next != null; next = parser.nextFieldName()) {
                    JsonToken token = parser.nextToken();
                    if (next.equals(name)) {
                        field = Value.read(parser, token);
                    }
                    readToEnd(parser);
                }
            } else {
                root = Value.read(parser, first);
                readToEnd(parser);
            }
            // Anything after the root value but white space: one JSON value is one message.
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                return Field.rejected(new Rejection(Rejection.Reason.NOT_JSON,
                        "Trailing token (of type " + trailing + ") found after value", payload));
            }
            if (root != null) {
                return Field.rejected(new Rejection(Rejection.Reason.NOT_AN_OBJECT, "it is " + root.describe(), payload));
            }
            if (field == null) {
                return Field.rejected(new Rejection(Rejection.Reason.MISSING_FIELD, "no \"" + name + "\" field", payload));
            }
            return new Field(field, null);
        } catch (IOException e) {
            // From characters in memory the parser throws only its own JsonProcessingExceptions.
            String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            return Field.rejected(new Rejection(Rejection.Reason.NOT_JSON, firstLine(message), payload));
        }
    }

    /**
     * Reads the value whose first token is current to its last token, so that every token of it
     * is checked. Names are read with {@code nextFieldName()} and everything else with
     * {@code nextToken()}, as databind's tree reader did: the two word some syntax errors
     * differently ({@code {"a":}}), and the details shown should not change with the reader.
     */
    private static void readToEnd(JsonParser parser) throws IOException {
        int depth = 0;
        JsonToken token = parser.currentToken();
        while (true) {
            if (token == null) {
                throw new JsonParseException(parser, "Unexpected end-of-input"); // not reached: the parser says so first
            }
            if (token.isStructStart()) {
                depth++;
            } else if (token.isStructEnd()) {
                depth--;
            }
            if (depth == 0) {
                return;
            }
            if (parser.getParsingContext().inObject()) {
                token = parser.nextFieldName() != null ? parser.nextToken() : parser.currentToken();
            } else {
                token = parser.nextToken();
            }
        }
    }

    /**
     * The payload as text, or an exception if it is not UTF-8: the JDK's strict decoder (no
     * overlong forms, encoded surrogates or code points past U+10FFFF), as before. ASCII, which
     * every message of the lesson is, is widened without a decoder.
     */
    private static CharBuffer utf8(byte[] payload) throws CharacterCodingException {
        char[] chars = new char[payload.length];
        for (int i = 0; i < payload.length; i++) {
            if (payload[i] < 0) {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(payload));
            }
            chars[i] = (char) payload[i];
        }
        return CharBuffer.wrap(chars);
    }

    private static String truncate(String s, int max) {
        return s.length() > max ? s.substring(0, max) + "…" : s;
    }

    /**
     * A value the sender wrote, as a detail can show it: on one line (a line break or another
     * control character written as its escape, as in the JSON: {@code \n}), at most {@code max}
     * characters and never half of one (an emoji is two chars in Java), "…" where it was cut.
     * A detail goes into one row of the log and one line of a terminal.
     */
    static String brief(String s, int max) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            String piece = switch (cp) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> Character.isISOControl(cp) ? String.format("\\u%04x", cp) : Character.toString(cp);
            };
            if (b.length() + piece.length() > max) {
                return b.append('…').toString();
            }
            b.append(piece);
            i += Character.charCount(cp);
        }
        return b.toString();
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

    /**
     * A value as the parser saw it: its first token; for a scalar its text (a string decoded, a
     * number as the sender wrote it: {@code 1e2}, not {@code 100.0}); and a whole number's value
     * when it fits an int.
     */
    private record Value(JsonToken token, String text, boolean fitsInt, int intValue) {

        static Value read(JsonParser parser, JsonToken token) throws IOException {
            return switch (token) {
                case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.INT
                        ? new Value(token, parser.getText(), true, parser.getIntValue())
                        : new Value(token, parser.getText(), false, 0);
                case VALUE_STRING, VALUE_NUMBER_FLOAT -> new Value(token, parser.getText(), false, 0);
                default -> new Value(token, null, false, 0);
            };
        }

        boolean isNumber() {
            return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
        }

        String describe() {
            return switch (token) {
                case VALUE_STRING -> "the text \"" + brief(text, TEXT_SHOWN) + "\"";
                case VALUE_TRUE -> "true";
                case VALUE_FALSE -> "false";
                case VALUE_NULL -> "null";
                case START_ARRAY -> "a list";
                case START_OBJECT -> "an object";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + brief(text, NUMBER_SHOWN);
                default -> "something else";
            };
        }
    }

    private record Field(Value value, Rejection rejection) {
        static Field rejected(Rejection rejection) {
            return new Field(null, rejection);
        }

        <T> Decoded<T> map(java.util.function.Function<Value, Decoded<T>> f) {
            return rejection != null ? new Decoded.Rejected<>(rejection) : f.apply(value);
        }
    }

}
