package lab.nightlight.ui.device;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import lab.nightlight.ui.Texts;

/** "last command 2 s ago", "... 3 min ago", or the time of day once it is an hour old. */
final class Ago {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Ago() {
    }

    static String lastCommand(Texts texts, Instant at, Instant now, ZoneId zone) {
        if (at == null) {
            return texts.get("device.lastCommand.none");
        }
        long seconds = Math.max(0, Duration.between(at, now).getSeconds());
        if (seconds < 60) {
            return texts.format("device.lastCommand.seconds", String.valueOf(seconds));
        }
        if (seconds < 3600) {
            return texts.format("device.lastCommand.minutes", String.valueOf(seconds / 60));
        }
        return texts.format("device.lastCommand.at", TIME.format(at.atZone(zone)));
    }
}
