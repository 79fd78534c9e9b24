package lab.nightlight.lesson;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a corpus of bad payloads from {@code src/test/resources/payloads/*.txt}. One payload a
 * line: the expected {@link Rejection.Reason}, white space, then the payload. Payloads are text
 * with a few escapes so that binary and huge ones fit on a line:
 * <ul>
 *   <li>{@code \xNN} one raw byte (so {@code \xff} is not UTF-8), {@code \x20} a space where
 *       white space would otherwise be trimmed by an editor;</li>
 *   <li>{@code \n}, {@code \r}, {@code \t}, {@code \\} as in Java;</li>
 *   <li>{@code <<N*text>>} the text repeated N times ({@code <<1048576*\x20>>} is 1 MB of spaces).</li>
 * </ul>
 * Lines starting with {@code #} and blank lines are comments. A reason alone is the empty payload.
 */
public final class BadPayloads {

    /** One bad payload, its expected reason and where it is written (for the test's name). */
    public record Case(Rejection.Reason reason, byte[] payload, String source, int line) {
        @Override
        public String toString() {
            String shown = source.length() > 60 ? source.substring(0, 60) + "…" : source;
            return "line " + line + " " + reason + " [" + shown + "] (" + payload.length + " bytes)";
        }
    }

    private static final Pattern REPEAT = Pattern.compile("<<(\\d+)\\*(.*?)>>");

    private BadPayloads() {
    }

    public static List<Case> telemetry() {
        return read("/payloads/bad-telemetry.txt");
    }

    public static List<Case> commands() {
        return read("/payloads/bad-commands.txt");
    }

    static List<Case> read(String resource) {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = BadPayloads.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("[ \t]+", 2);
                Rejection.Reason reason = Rejection.Reason.valueOf(parts[0]);
                String source = parts.length > 1 ? parts[1] : "";
                cases.add(new Case(reason, unescape(expand(source)), source, i + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    private static String expand(String source) {
        Matcher m = REPEAT.matcher(source);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(2).repeat(Integer.parseInt(m.group(1)))));
        }
        return m.appendTail(out).toString();
    }

    private static byte[] unescape(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                text.append(c);
                continue;
            }
            char next = s.charAt(++i);
            switch (next) {
                case 'n' -> text.append('\n');
                case 'r' -> text.append('\r');
                case 't' -> text.append('\t');
                case '\\' -> text.append('\\');
                case 'x' -> {
                    bytes.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
                    text.setLength(0);
                    bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                default -> throw new IllegalArgumentException("unknown escape \\" + next + " in " + s);
            }
        }
        bytes.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }
}
