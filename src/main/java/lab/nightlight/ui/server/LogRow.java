package lab.nightlight.ui.server;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import lab.nightlight.server.LogEntry;
import lab.nightlight.ui.Phrases;

/**
 * One row of the telemetry table, with its texts made once when it is shown (not on every redraw).
 */
public record LogRow(long sequence, String time, String topic, String light, String qos, boolean retain,
                     String decision, boolean rejected, boolean ledOn) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    static LogRow of(LogEntry e, Phrases phrases, ZoneId zone) {
        return new LogRow(e.sequence(), TIME.format(e.receivedAt().atZone(zone)), e.topic(),
                e.rejected() ? e.rejection().preview(24) : String.valueOf(e.telemetry().light()),
                String.valueOf(e.qos().level()), e.retain(), phrases.decision(e), e.rejected(),
                !e.rejected() && e.command().ledOn());
    }
}
