package lab.nightlight.lesson;

import static lab.nightlight.lesson.Rejection.Reason.EMPTY;
import static lab.nightlight.lesson.Rejection.Reason.MISSING_FIELD;
import static lab.nightlight.lesson.Rejection.Reason.NOT_AN_OBJECT;
import static lab.nightlight.lesson.Rejection.Reason.NOT_JSON;
import static lab.nightlight.lesson.Rejection.Reason.OUT_OF_RANGE;
import static lab.nightlight.lesson.Rejection.Reason.WRONG_TYPE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the codec answers for payloads the corpus does not spell out: the field among other
 * fields and nested values, duplicates at every level, what may follow the object, numbers in
 * every JSON spelling. Recorded from the codec as it was on Jackson databind, so that a decoder
 * written differently answers the same.
 *
 * <p>Every row pins the reason. Details are pinned exactly where they are our own sentences; for
 * NOT_JSON the detail is Jackson's parser message, pinned by its start only, so that a Jackson
 * upgrade rewording the end of a message does not fail here.
 */
class LessonCodecCharacterisationTest {

    /** A payload, and what decoding it must give: a value, or a reason with its detail. */
    record Row(String payload, Object value, Rejection.Reason reason, String detail) {
        @Override
        public String toString() {
            String shown = payload.length() > 70 ? payload.substring(0, 50) + "…(" + payload.length() + " chars)" : payload;
            return shown.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t").replace("\u0000", "\\0")
                    + " -> " + (reason == null ? value : reason);
        }
    }

    private static Row accepted(String payload, Object value) {
        return new Row(payload, value, null, null);
    }

    private static Row rejected(String payload, Rejection.Reason reason, String detail) {
        return new Row(payload, null, reason, detail);
    }

    static Stream<Row> telemetry() {
        return Stream.of(
                // The field among others, before and after nested objects and lists.
                accepted("{\"a\": {\"b\": [1, 2, {\"c\": null}]}, \"light\": 512}", new Telemetry(512)),
                accepted("{\"light\": 512, \"a\": {\"b\": [1, {\"c\": [true]}]}}", new Telemetry(512)),
                accepted("{\"a\": [{\"light\": 1}], \"light\": 512}", new Telemetry(512)),
                accepted("{\"a\": [{\"x\": 1}, {\"x\": 2}], \"light\": 512}", new Telemetry(512)),
                accepted("{\"a\": 1e400, \"b\": 99999999999999999999, \"c\": \"" + "b".repeat(60_000) + "\", \"light\": 5}", new Telemetry(5)),
                accepted("{\"a\": " + "[".repeat(999) + "]".repeat(999) + ", \"light\": 1}", new Telemetry(1)),
                accepted("{\"" + "n".repeat(50_000) + "\": 1, \"light\": 1}", new Telemetry(1)),
                accepted("{\"방\": \"야간등\", \"light\": 512}", new Telemetry(512)),
                accepted("{\"light\": 1, \"a\\u0000\": 1}", new Telemetry(1)),
                // The name as JSON spells it, escapes decoded.
                accepted("{\"\\u006cight\": 512}", new Telemetry(512)),
                // JSON's white space, and only JSON's.
                accepted("\t{\"light\":512}\t", new Telemetry(512)),
                accepted("\r\n{\"light\":\r\n512}\r\n", new Telemetry(512)),
                rejected("\f{\"light\": 512}", NOT_JSON, "Illegal character ((CTRL-CHAR, code 12))"),
                rejected("\u00a0{\"light\": 512}", NOT_JSON, "Unexpected character ('\u00a0' (code 160))"),
                rejected("{\"light\": 512}\u2028", NOT_JSON, "Unexpected character ('\u2028' (code 8232 / 0x2028))"),
                rejected("  ", EMPTY, "only white space"),
                rejected("\n", EMPTY, "only white space"),
                rejected(" \u0000", NOT_JSON, "Illegal character ((CTRL-CHAR, code 0))"),

                // Duplicates are refused at every level, also when spelled with an escape.
                rejected("{\"light\": 1, \"light\": 1}", NOT_JSON, "Duplicate field 'light'"),
                rejected("{\"light\": 512, \"\\u006cight\": 512}", NOT_JSON, "Duplicate field 'light'"),
                rejected("{\"a\": {\"x\": 1, \"x\": 2}, \"light\": 512}", NOT_JSON, "Duplicate field 'x'"),
                rejected("{\"light\": 512, \"a\": {\"x\": 1, \"x\": 2}}", NOT_JSON, "Duplicate field 'x'"),
                rejected("{\"a\": [{\"x\": 1, \"y\": 2, \"x\": 3}], \"light\": 512}", NOT_JSON, "Duplicate field 'x'"),

                // Nothing may follow the object but white space.
                rejected("{\"light\": 512} x", NOT_JSON, "Unrecognized token 'x'"),
                rejected("{\"light\": 512}}", NOT_JSON, "Unexpected close marker '}': no open Object to close"),
                rejected("{\"light\": 512}]", NOT_JSON, "Unexpected close marker ']': no open Array to close"),
                rejected("{\"light\": 512},", NOT_JSON, "Unexpected character (',' (code 44))"),
                rejected("{\"light\": 512}{\"light\": 513}", NOT_JSON, "Trailing token (of type START_OBJECT) found after value"),
                rejected("{\"light\": 512} {", NOT_JSON, "Trailing token (of type START_OBJECT) found after value"),
                rejected("{\"light\": 512} 1", NOT_JSON, "Trailing token (of type VALUE_NUMBER_INT) found after value"),
                rejected("{\"light\": 512} \"x\"", NOT_JSON, "Trailing token (of type VALUE_STRING) found after value"),
                rejected("{\"light\": 512} null", NOT_JSON, "Trailing token (of type VALUE_NULL) found after value"),
                rejected("{\"light\": 512} []", NOT_JSON, "Trailing token (of type START_ARRAY) found after value"),
                rejected("{\"light\": 512} /", NOT_JSON, "Unexpected character ('/' (code 47)): maybe a (non-standard) comment?"),
                rejected("{\"light\": 512} # c", NOT_JSON, "Unexpected character ('#' (code 35))"),
                rejected("{\"light\": 1}\u0000", NOT_JSON, "Illegal character ((CTRL-CHAR, code 0))"),
                // ...and what follows a value that is not an object is an error before it is "not an object".
                rejected("512 513", NOT_JSON, "Trailing token (of type VALUE_NUMBER_INT) found after value"),
                rejected("[] x", NOT_JSON, "Unrecognized token 'x'"),

                // A syntax error anywhere, however deep and on whichever side of the field, is NOT_JSON.
                rejected("{\"a\": [1, 2,], \"light\": 1}", NOT_JSON, "Unexpected character (']' (code 93))"),
                rejected("{\"a\": [1 2], \"light\": 1}", NOT_JSON, "Unexpected character ('2' (code 50)): was expecting comma"),
                rejected("{\"a\": [1, 2}, \"light\": 1}", NOT_JSON, "Unexpected close marker '}': expected ']'"),
                rejected("{\"light\": 1, \"a\": [1, 2}", NOT_JSON, "Unexpected close marker '}': expected ']'"),
                rejected("{\"light\": 1, \"a\": [1, 2", NOT_JSON, "Unexpected end-of-input: expected close marker for Array"),
                rejected("{\"light\": 1, \"a\": \"unterminated}", NOT_JSON, "Unexpected end-of-input: was expecting closing quote"),
                rejected("{\"a\": \"\\q\", \"light\": 1}", NOT_JSON, "Unrecognized character escape 'q' (code 113)"),
                rejected("{\"light\": 1, \"a\": \"\\u12\"}", NOT_JSON, "Unexpected character ('\"' (code 34)): expected a hex-digit"),
                rejected("{\"light\": 1, \"a\": \"a\tb\"}", NOT_JSON, "Illegal unquoted character ((CTRL-CHAR, code 9))"),
                rejected("{\"light\": 1, \"a\": NaN}", NOT_JSON, "Non-standard token 'NaN'"),
                rejected("{\"light\": 1, \"a\": tru}", NOT_JSON, "Unrecognized token 'tru'"),
                rejected("{\"light\": 1, \"a\": 01}", NOT_JSON, "Invalid numeric value: Leading zeroes not allowed"),
                rejected("{\"light\": 1, \"a\": 1.}", NOT_JSON, "Unexpected character ('}' (code 125)) in numeric value"),
                rejected("{\"light\": 1, \"a\": 1" + "0".repeat(1000) + "}", NOT_JSON, "Number value length (1001) exceeds the maximum allowed (1000"),
                rejected("{\"a\": " + "[".repeat(1000) + "]".repeat(1000) + ", \"light\": 1}", NOT_JSON, "Document nesting depth (1001) exceeds"),
                rejected("{\"" + "n".repeat(50_001) + "\": 1, \"light\": 1}", NOT_JSON, "Name length (50001) exceeds"),
                rejected("{\"light\": 512 /* c */}", NOT_JSON, "Unexpected character ('/' (code 47))"),
                rejected("{\"light\": 512, 'a': 2}", NOT_JSON, "Unexpected character (''' (code 39)): was expecting double-quote"),
                rejected("{\"light\": 512, a: 2}", NOT_JSON, "Unexpected character ('a' (code 97)): was expecting double-quote"),
                // A value missing after a name is worded as databind's reader met it (nextFieldName).
                rejected("{\"light\": 512, \"a\":}", NOT_JSON, "Unexpected character ('}' (code 125)): expected a valid value"),
                rejected("{\"a\": {\"b\":}, \"light\": 512}", NOT_JSON, "Unexpected character ('}' (code 125)): expected a valid value"),
                rejected("{\"light\": 512, \"a\"}", NOT_JSON, "Unexpected character ('}' (code 125)): was expecting a colon"),
                rejected("{\"light\": 512 \"a\": 1}", NOT_JSON, "Unexpected character ('\"' (code 34)): was expecting comma"),
                rejected("{\"light\": 00}", NOT_JSON, "Invalid numeric value: Leading zeroes not allowed"),
                rejected("{\"li\\ght\": 1}", NOT_JSON, "Unrecognized character escape 'g' (code 103)"),

                // Not an object: said after the whole value is read.
                rejected("[[[1]]]", NOT_AN_OBJECT, "it is a list"),
                rejected("[" + "[".repeat(998) + "]".repeat(998) + "]", NOT_AN_OBJECT, "it is a list"),
                rejected("[" + "[".repeat(1000) + "]".repeat(1000) + "]", NOT_JSON, "Document nesting depth (1001) exceeds"),
                rejected("\"12345678901234567890123\"", NOT_AN_OBJECT, "it is the text \"12345678901234567890…\""),
                rejected("\"\"", NOT_AN_OBJECT, "it is the text \"\""),
                rejected("\"\\u0041\"", NOT_AN_OBJECT, "it is the text \"A\""),
                rejected("false", NOT_AN_OBJECT, "it is false"),
                rejected("99999999999999999999", NOT_AN_OBJECT, "it is the number 99999999999999999999"),
                rejected("512.0", NOT_AN_OBJECT, "it is the number 512.0"),
                rejected("1e2", NOT_AN_OBJECT, "it is the number 1e2"),
                rejected("-0", NOT_AN_OBJECT, "it is the number -0"),

                // The field where it is not: nested, or a different name.
                rejected("{}", MISSING_FIELD, "no \"light\" field"),
                rejected("{ }", MISSING_FIELD, "no \"light\" field"),
                rejected("{\n}", MISSING_FIELD, "no \"light\" field"),
                rejected("{\"a\": [{\"light\": 1}]}", MISSING_FIELD, "no \"light\" field"),
                rejected("{\"light\\u0000\": 1}", MISSING_FIELD, "no \"light\" field"),

                // Every JSON type as the value.
                rejected("{\"light\": \"x\"}", WRONG_TYPE, "\"light\" is the text \"x\", not a number"),
                rejected("{\"light\": \"\\u0041\"}", WRONG_TYPE, "\"light\" is the text \"A\", not a number"),
                // A detail is one line, whole characters, short: a line break or a control
                // character in the sender's text shows as its escape, an emoji is never cut in
                // half, and a 900-digit number does not fill the row.
                rejected("{\"light\": \"a\\nb\"}", WRONG_TYPE, "\"light\" is the text \"a\\nb\", not a number"),
                rejected("{\"light\": \"a\\u0007b\\tc\"}", WRONG_TYPE, "\"light\" is the text \"a\\u0007b\\tc\", not a number"),
                rejected("{\"light\": \"1234567890123456789\uD83D\uDE00x\"}", WRONG_TYPE,
                        "\"light\" is the text \"1234567890123456789…\", not a number"),
                rejected("{\"light\": " + "9".repeat(900) + "}", OUT_OF_RANGE,
                        "\"light\" is " + "9".repeat(24) + "…, the sensor reads 0 to 1023"),
                rejected("{\"light\": " + "9".repeat(900) + ".5}", WRONG_TYPE,
                        "\"light\" is " + "9".repeat(24) + "…, not a whole number"),
                rejected("1" + "0".repeat(900), NOT_AN_OBJECT, "it is the number 1" + "0".repeat(23) + "…"),
                rejected("{\"light\": \"야간등야간등야간등야간등야간등야간등야간등\"}", WRONG_TYPE,
                        "\"light\" is the text \"야간등야간등야간등야간등야간등야간등야간\u2026\", not a number"),
                rejected("{\"light\": true}", WRONG_TYPE, "\"light\" is true, not a number"),
                rejected("{\"light\": null}", WRONG_TYPE, "\"light\" is null, not a number"),
                rejected("{\"light\": []}", WRONG_TYPE, "\"light\" is a list, not a number"),
                rejected("{\"light\": [[[1]]], \"a\": 1}", WRONG_TYPE, "\"light\" is a list, not a number"),
                rejected("{\"light\": {}}", WRONG_TYPE, "\"light\" is an object, not a number"),
                rejected("{\"a\": 1, \"light\": {\"light\": 512}}", WRONG_TYPE, "\"light\" is an object, not a number"),

                // Numbers in every spelling JSON allows: only a whole number written without
                // fraction or exponent is whole; -0 is 0 as in Python; the range is the sensor's.
                // A number is shown as the sender wrote it (the databind codec showed 1e2 as 100.0,
                // 1e400 as Infinity and -0 as 0: not what was sent).
                accepted("{\"light\": -0}", new Telemetry(0)),
                accepted("{\"light\": 0}", new Telemetry(0)),
                accepted("{\"light\": 1023}", new Telemetry(1023)),
                rejected("{\"light\": 512.0}", WRONG_TYPE, "\"light\" is 512.0, not a whole number"),
                rejected("{\"light\": -0.0}", WRONG_TYPE, "\"light\" is -0.0, not a whole number"),
                rejected("{\"light\": 1e-2}", WRONG_TYPE, "\"light\" is 1e-2, not a whole number"),
                rejected("{\"light\": 1e2}", WRONG_TYPE, "\"light\" is 1e2, not a whole number"),
                rejected("{\"light\": 1E+2}", WRONG_TYPE, "\"light\" is 1E+2, not a whole number"),
                rejected("{\"light\": 5e0}", WRONG_TYPE, "\"light\" is 5e0, not a whole number"),
                rejected("{\"light\": 1.5e3}", WRONG_TYPE, "\"light\" is 1.5e3, not a whole number"),
                rejected("{\"light\": -1e400}", WRONG_TYPE, "\"light\" is -1e400, not a whole number"),
                rejected("{\"light\": -1}", OUT_OF_RANGE, "\"light\" is -1, the sensor reads 0 to 1023"),
                rejected("{\"light\": 1024}", OUT_OF_RANGE, "\"light\" is 1024, the sensor reads 0 to 1023"),
                rejected("{\"light\": 9223372036854775808}", OUT_OF_RANGE, "\"light\" is 9223372036854775808, the sensor reads 0 to 1023"),
                rejected("{\"light\": 99999999999999999999}", OUT_OF_RANGE, "\"light\" is 99999999999999999999, the sensor reads 0 to 1023"),
                rejected("{\"light\": -99999999999999999999}", OUT_OF_RANGE, "\"light\" is -99999999999999999999, the sensor reads 0 to 1023"),
                rejected("{\"light\": 1" + "0".repeat(999) + "}", OUT_OF_RANGE, "\"light\" is 1" + "0".repeat(23) + "…, the sensor reads 0 to 1023"),
                rejected("{\"light\": 1" + "0".repeat(1000) + "}", NOT_JSON, "Number value length (1001) exceeds the maximum allowed (1000"));
    }

    static Stream<Row> commands() {
        return Stream.of(
                accepted("{\"a\": {\"b\": [1, 2, {\"c\": null}]}, \"led_on\": false}", Command.OFF),
                accepted("{\"led_on\": true, \"a\": {\"b\": [1, {\"c\": [true]}]}}", Command.ON),
                accepted("{\"a\": [{\"led_on\": false}], \"led_on\": true}", Command.ON),
                accepted("{\"\\u006ced_on\": true}", Command.ON),
                accepted("{\"led_\\u006fn\": false}", Command.OFF),
                rejected("{\"led_on\": true, \"led_on\": true}", NOT_JSON, "Duplicate field 'led_on'"),
                rejected("{\"led_on\": true, \"a\": [{\"x\": 1, \"x\": 2}]}", NOT_JSON, "Duplicate field 'x'"),
                rejected("{\"led_on\": true} x", NOT_JSON, "Unrecognized token 'x'"),
                rejected("{\"led_on\": true}{}", NOT_JSON, "Trailing token (of type START_OBJECT) found after value"),
                rejected("{\"led_on\": true} true", NOT_JSON, "Trailing token (of type VALUE_TRUE) found after value"),
                rejected("{\"led_on\": true, \"a\": [1, 2}", NOT_JSON, "Unexpected close marker '}': expected ']'"),
                rejected("{\"a\": {\"led_on\": true}}", MISSING_FIELD, "no \"led_on\" field"),
                rejected("{\"led_on\": 1}", WRONG_TYPE, "\"led_on\" is the number 1, not true or false"),
                rejected("{\"led_on\": -0}", WRONG_TYPE, "\"led_on\" is the number -0, not true or false"),
                rejected("{\"led_on\": 1.0}", WRONG_TYPE, "\"led_on\" is the number 1.0, not true or false"),
                rejected("{\"led_on\": 1e2}", WRONG_TYPE, "\"led_on\" is the number 1e2, not true or false"),
                rejected("{\"led_on\": 1e400}", WRONG_TYPE, "\"led_on\" is the number 1e400, not true or false"),
                rejected("{\"led_on\": 99999999999999999999}", WRONG_TYPE, "\"led_on\" is the number 99999999999999999999, not true or false"),
                rejected("{\"led_on\": \"\"}", WRONG_TYPE, "\"led_on\" is the text \"\", not true or false"),
                rejected("{\"led_on\": \"12345678901234567890123\"}", WRONG_TYPE, "\"led_on\" is the text \"12345678901234567890…\", not true or false"),
                rejected("{\"led_on\": [[true]]}", WRONG_TYPE, "\"led_on\" is a list, not true or false"),
                rejected("{\"led_on\": {\"led_on\": true}}", WRONG_TYPE, "\"led_on\" is an object, not true or false"),
                rejected("[true]", NOT_AN_OBJECT, "it is a list"),
                rejected("false", NOT_AN_OBJECT, "it is false"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("telemetry")
    void telemetry(Row row) {
        check(row, LessonCodec::decodeTelemetry);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void commands(Row row) {
        check(row, LessonCodec::decodeCommand);
    }

    private static void check(Row row, Function<byte[], Decoded<?>> decode) {
        byte[] payload = row.payload().getBytes(StandardCharsets.UTF_8);
        Decoded<?> decoded = decode.apply(payload);
        if (row.reason() == null) {
            assertThat(decoded).isEqualTo(new Decoded.Accepted<>(row.value()));
            return;
        }
        assertThat(decoded).isInstanceOf(Decoded.Rejected.class);
        Rejection rejection = ((Decoded.Rejected<?>) decoded).rejection();
        assertThat(rejection.reason()).as("reason, detail: %s", rejection.detail()).isEqualTo(row.reason());
        if (row.reason() == NOT_JSON) {
            assertThat(rejection.detail()).startsWith(row.detail()).doesNotContain("\n").hasSizeLessThanOrEqualTo(81);
        } else {
            assertThat(rejection.detail()).isEqualTo(row.detail());
        }
        assertThat(rejection.raw()).isEqualTo(payload);
    }

    /** However a payload is cut short, what remains is not JSON (and is never taken for a shorter one). */
    @Test
    void everyTruncationOfAPayloadIsNotJson() {
        List<String> whole = List.of(
                "{\"a\": {\"b\": [1, -2.5e3, {\"c\": null}]}, \"light\": 512, \"d\": \"e\\u0041\\\"\", \"f\": [true, false]}",
                "{\"led_on\": true, \"a\": [{}, [], \"x\"]}");
        for (String json : whole) {
            IntStream.range(1, json.length()).mapToObj(n -> json.substring(0, n)).forEach(cut -> {
                byte[] payload = cut.getBytes(StandardCharsets.UTF_8);
                assertThat(reason(LessonCodec.decodeTelemetry(payload))).as(cut).isEqualTo(NOT_JSON);
                assertThat(reason(LessonCodec.decodeCommand(payload))).as(cut).isEqualTo(NOT_JSON);
            });
        }
    }

    private static Rejection.Reason reason(Decoded<?> decoded) {
        return decoded instanceof Decoded.Rejected<?> r ? r.rejection().reason() : null;
    }
}
