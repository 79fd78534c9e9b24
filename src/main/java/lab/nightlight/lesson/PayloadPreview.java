package lab.nightlight.lesson;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns payload bytes into a short line a person can read: text when it is text, hex when not. */
public final class PayloadPreview {

    private PayloadPreview() {
    }

    public static String of(byte[] payload, int maxChars) {
        if (payload == null || payload.length == 0) {
            return "(empty)";
        }
        String text = strictUtf8(payload, Math.min(payload.length, maxChars * 4));
        if (text != null && text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            String oneLine = text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
            // The window may hold fewer characters than the payload even when they fit maxChars.
            boolean whole = text.getBytes(StandardCharsets.UTF_8).length == payload.length;
            if (oneLine.length() <= maxChars) {
                return whole ? oneLine : oneLine + "…";
            }
            // Never cut between the two halves of a character such as an emoji.
            int cut = maxChars > 0 && Character.isHighSurrogate(oneLine.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
            return oneLine.substring(0, cut) + "…";
        }
        StringBuilder hex = new StringBuilder("0x");
        int bytes = Math.min(payload.length, Math.max(1, (maxChars - 3) / 2));
        for (int i = 0; i < bytes; i++) {
            hex.append(String.format("%02x", payload[i] & 0xff));
        }
        return bytes < payload.length ? hex.append('…').toString() : hex.toString();
    }

    /** Decodes the first {@code length} bytes, or null if they are not valid UTF-8. */
    private static String strictUtf8(byte[] payload, int length) {
        // A cut through a multi-byte character at the end is still text: retry up to 3 bytes shorter.
        int shortest = length < payload.length ? Math.max(1, length - 3) : length;
        for (int end = length; end >= shortest; end--) {
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(payload, 0, end)).toString();
            } catch (CharacterCodingException e) {
                // try one byte shorter
            }
        }
        return null;
    }
}
