package lab.nightlight.ui;

/**
 * Just enough reading of Java source for the bundle tests (I18nBundleTest, CliBundleTest):
 * comments out, one call's arguments, every string literal.
 */
public final class JavaSource {

    private JavaSource() {
    }

    /** The code with every comment blanked (string and char literals kept), so offsets stay put. */
    public static String withoutComments(String code) {
        StringBuilder out = new StringBuilder(code);
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(code, i);
            } else if (code.startsWith("//", i)) {
                int end = code.indexOf('\n', i);
                end = end < 0 ? code.length() : end;
                blank(out, i, end);
                i = end;
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                end = end < 0 ? code.length() : end + 2;
                blank(out, i, end);
                i = end;
            } else {
                i++;
            }
        }
        return out.toString();
    }

    /** What stands between the parenthesis at {@code open} and its match, literals included. */
    public static String arguments(String code, int open) {
        int depth = 0;
        int i = open;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(code, i);
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return code.substring(open + 1, i);
            }
            i++;
        }
        return code.substring(open + 1);
    }

    /** The text of every string literal outside comments, escapes as written ({@code \"} stays two characters). */
    public static java.util.List<String> literals(String code) {
        String text = withoutComments(code);
        java.util.List<String> found = new java.util.ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                int end = endOfLiteral(text, i);
                if (c == '"' && !text.startsWith("\"\"\"", i)) {
                    found.add(text.substring(i + 1, Math.max(i + 1, end - 1)));
                }
                i = end;
            } else {
                i++;
            }
        }
        return found;
    }

    /** The index after the literal that starts at {@code start} (a text block counts as one). */
    private static int endOfLiteral(String code, int start) {
        if (code.startsWith("\"\"\"", start)) {
            int end = code.indexOf("\"\"\"", start + 3);
            return end < 0 ? code.length() : end + 3;
        }
        char quote = code.charAt(start);
        int i = start + 1;
        while (i < code.length() && code.charAt(i) != quote) {
            i += code.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(code.length(), i + 1);
    }

    private static void blank(StringBuilder out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (out.charAt(i) != '\n') {
                out.setCharAt(i, ' ');
            }
        }
    }
}
