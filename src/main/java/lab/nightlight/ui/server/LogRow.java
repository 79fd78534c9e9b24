package lab.nightlight.ui.server;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import lab.nightlight.server.LogEntry;
import lab.nightlight.ui.Phrases;

/**
 * One row of the telemetry table. Its texts are made the first time a cell shows them and then
 * kept: under a flood the table takes hundreds of rows ten times a second but shows a dozen, and
 * formatting every row's time (a fraction of a second goes through BigDecimal) and decision was
 * the largest part of the FX thread's work in the ingest benchmark. Use on the FX thread.
 */
public final class LogRow {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final LogEntry entry;
    private final Phrases phrases;
    private final ZoneId zone;
    private String time;
    private String light;
    private String decision;

    private LogRow(LogEntry entry, Phrases phrases, ZoneId zone) {
        this.entry = Objects.requireNonNull(entry);
        this.phrases = Objects.requireNonNull(phrases);
        this.zone = Objects.requireNonNull(zone);
    }

    static LogRow of(LogEntry e, Phrases phrases, ZoneId zone) {
        return new LogRow(e, phrases, zone);
    }

    public long sequence() {
        return entry.sequence();
    }

    public String time() {
        if (time == null) {
            time = TIME.format(entry.receivedAt().atZone(zone));
        }
        return time;
    }

    public String topic() {
        return entry.topic();
    }

    /** The reading, or the start of a rejected payload. */
    public String light() {
        if (light == null) {
            light = entry.rejected() ? entry.rejection().preview(24) : String.valueOf(entry.telemetry().light());
        }
        return light;
    }

    public String qos() {
        return String.valueOf(entry.qos().level());
    }

    public boolean retain() {
        return entry.retain();
    }

    public String decision() {
        if (decision == null) {
            decision = phrases.decision(entry);
        }
        return decision;
    }

    public boolean rejected() {
        return entry.rejected();
    }

    public boolean ledOn() {
        return !entry.rejected() && entry.command().ledOn();
    }
}
