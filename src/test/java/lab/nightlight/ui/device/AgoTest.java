package lab.nightlight.ui.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import lab.nightlight.ui.Texts;
import org.junit.jupiter.api.Test;

class AgoTest {

    private static final Instant NOW = Instant.parse("2025-03-01T09:30:00Z");

    @Test
    void saysHowLongAgoInWordsThenTheTime() {
        Texts en = Texts.load(Locale.ENGLISH);
        assertThat(Ago.lastCommand(en, null, NOW, ZoneOffset.UTC)).isEqualTo("No command yet");
        assertThat(Ago.lastCommand(en, NOW.minusSeconds(2), NOW, ZoneOffset.UTC)).isEqualTo("Last command 2 s ago");
        assertThat(Ago.lastCommand(en, NOW.minusSeconds(180), NOW, ZoneOffset.UTC)).isEqualTo("Last command 3 min ago");
        assertThat(Ago.lastCommand(en, NOW.minusSeconds(7200), NOW, ZoneOffset.UTC)).isEqualTo("Last command at 07:30:00");
    }

    @Test
    void inKorean() {
        Texts ko = Texts.load(Locale.KOREAN);
        assertThat(Ago.lastCommand(ko, NOW.minusSeconds(2), NOW, ZoneOffset.UTC)).isEqualTo("마지막 명령: 2초 전");
    }
}
