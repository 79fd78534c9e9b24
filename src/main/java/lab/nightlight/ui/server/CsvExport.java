package lab.nightlight.ui.server;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import lab.nightlight.server.LogEntry;

/**
 * The server's log as CSV (RFC 4180: comma separated, CRLF line ends, fields with a comma, quote
 * or line break in double quotes, quotes doubled). Free-text fields that begin with = + - @ get
 * a leading apostrophe so a spreadsheet shows them as text instead of running them as a formula:
 * payloads come from whoever publishes to the topic.
 */
public final class CsvExport {

    static final String HEADER = "sequence,received_at,topic,qos,retain,light,threshold,led_on,rejected_reason,rejected_detail,payload";

    private CsvExport() {
    }

    public static void write(List<LogEntry> entries, Writer out) throws IOException {
        out.write(HEADER);
        out.write("\r\n");
        for (LogEntry e : entries) {
            out.write(String.join(",",
                    String.valueOf(e.sequence()),
                    DateTimeFormatter.ISO_INSTANT.format(e.receivedAt()),
                    text(e.topic()),
                    String.valueOf(e.qos().level()),
                    String.valueOf(e.retain()),
                    e.rejected() ? "" : String.valueOf(e.telemetry().light()),
                    String.valueOf(e.threshold()),
                    e.rejected() ? "" : String.valueOf(e.command().ledOn()),
                    e.rejected() ? e.rejection().reason().name() : "",
                    e.rejected() ? text(e.rejection().detail()) : "",
                    e.rejected() ? text(e.rejection().preview(200)) : ""));
            out.write("\r\n");
        }
    }

    /** A free-text field: defused against formulas, then escaped. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        String safe = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
        return escape(safe);
    }

    static String escape(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
