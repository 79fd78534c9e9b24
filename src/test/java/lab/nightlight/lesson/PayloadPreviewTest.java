package lab.nightlight.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the log and the CLI show of a payload: text when it is text, hex when not, never too long. */
class PayloadPreviewTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** True when the string is well-formed UTF-16, i.e. survives a round trip through UTF-8. */
    private static boolean wellFormed(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(s);
    }

    @Test
    void textIsShownAsText() {
        assertThat(PayloadPreview.of(utf8("{\"light\": 512}"), 40)).isEqualTo("{\"light\": 512}");
        assertThat(PayloadPreview.of(utf8("야간등 켜짐"), 40)).isEqualTo("야간등 켜짐");
    }

    @Test
    void nothingIsShownAsEmpty() {
        assertThat(PayloadPreview.of(new byte[0], 40)).isEqualTo("(empty)");
        assertThat(PayloadPreview.of(null, 40)).isEqualTo("(empty)");
    }

    @Test
    void lineBreaksAndTabsBecomeSpacesSoThePreviewIsOneLine() {
        assertThat(PayloadPreview.of(utf8("{\n\t\"light\": 1\r\n}"), 40)).isEqualTo("{  \"light\": 1  }");
    }

    @Test
    void binaryIsShownAsHex() {
        assertThat(PayloadPreview.of(new byte[] {(byte) 0xff, 0x00, 0x10}, 40)).isEqualTo("0xff0010");
        // Valid UTF-8, but control characters: hex says more than invisible text would.
        assertThat(PayloadPreview.of(new byte[] {0x01, 0x02, 'a'}, 40)).isEqualTo("0x010261");
    }

    @Test
    void longTextIsCutToTheLimitWithAnEllipsis() {
        String preview = PayloadPreview.of(utf8("x".repeat(1000)), 40);
        assertThat(preview).isEqualTo("x".repeat(40) + "…");
    }

    @Test
    void longBinaryIsCutToTheLimitWithAnEllipsis() {
        byte[] binary = new byte[1000];
        binary[0] = (byte) 0xff;
        String preview = PayloadPreview.of(binary, 40);
        assertThat(preview).startsWith("0xff00").endsWith("…").hasSizeLessThanOrEqualTo(40);
    }

    @Test
    void aMultiByteCharacterCutByTheWindowIsStillText() {
        // 3-byte characters: the window of maxChars * 4 bytes ends inside one of them.
        String korean = "가".repeat(100);
        String preview = PayloadPreview.of(utf8(korean), 10);
        assertThat(preview).isEqualTo("가".repeat(10) + "…");
    }

    @Test
    void anEmojiIsNeverCutInHalf() {
        // U+1F4A1 is two Java chars; a cut between them leaves a lone surrogate that prints as '?'.
        String preview = PayloadPreview.of(utf8("abcd\ud83d\udca1xyz"), 5);
        assertThat(wellFormed(preview)).as("well-formed: %s", preview).isTrue();
        assertThat(preview).endsWith("…").startsWith("abcd");
    }

    @Test
    void aPreviewShorterThanThePayloadAlwaysSaysSo() {
        // Three 3-byte characters, room for two: the window (8 bytes) ends inside the third.
        assertThat(PayloadPreview.of(utf8("가나다"), 2)).isEqualTo("가나…");
        assertThat(PayloadPreview.of(utf8("가나"), 2)).isEqualTo("가나");
    }

    @Test
    void aPayloadThatItselfEndsInsideACharacterIsShownAsHex() {
        // The sender cut "café" after the first byte of "é": not valid UTF-8, so not shown as text.
        byte[] cut = {'c', 'a', 'f', (byte) 0xc3};
        assertThat(PayloadPreview.of(cut, 40)).isEqualTo("0x636166c3");
    }
}
