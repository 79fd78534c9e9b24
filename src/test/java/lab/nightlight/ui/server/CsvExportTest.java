package lab.nightlight.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import lab.nightlight.lesson.Command;
import lab.nightlight.lesson.Rejection;
import lab.nightlight.lesson.Telemetry;
import lab.nightlight.mqtt.Qos;
import lab.nightlight.server.LogEntry;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    private static final Instant AT = Instant.parse("2025-03-01T09:30:00Z");

    @Test
    void writesDecisionsAndRejectionsOneLineEach() throws Exception {
        LogEntry decided = new LogEntry(1, AT, "nl-1/telemetry", Qos.AT_LEAST_ONCE, false, new Telemetry(120), 300,
                Command.ON, null);
        LogEntry rejected = new LogEntry(2, AT, "nl-1/telemetry", Qos.AT_MOST_ONCE, true, null, 300, null,
                new Rejection(Rejection.Reason.WRONG_TYPE, "\"light\" is the text \"dark\", not a number",
                        "{\"light\": \"dark\"}".getBytes(StandardCharsets.UTF_8)));
        StringWriter out = new StringWriter();
        CsvExport.write(List.of(decided, rejected), out);
        String[] lines = out.toString().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo(CsvExport.HEADER);
        assertThat(lines[1]).isEqualTo("1,2025-03-01T09:30:00Z,nl-1/telemetry,1,false,120,300,true,,,");
        assertThat(lines[2]).isEqualTo("2,2025-03-01T09:30:00Z,nl-1/telemetry,0,true,,300,,WRONG_TYPE,"
                + "\"\"\"light\"\" is the text \"\"dark\"\", not a number\",\"{\"\"light\"\": \"\"dark\"\"}\"");
    }

    @Test
    void escapesCommasQuotesAndLineBreaks() {
        assertThat(CsvExport.escape("plain")).isEqualTo("plain");
        assertThat(CsvExport.escape("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvExport.escape("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvExport.escape("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void payloadsCannotBecomeSpreadsheetFormulas() {
        assertThat(CsvExport.text("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvExport.text("+1")).isEqualTo("'+1");
        assertThat(CsvExport.text("@cmd")).isEqualTo("'@cmd");
        assertThat(CsvExport.text("light 1")).isEqualTo("light 1");
    }
}
