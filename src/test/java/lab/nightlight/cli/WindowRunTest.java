package lab.nightlight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class WindowRunTest {

    /** The line the window prints with --snapshot (ui.StartTimesTest pins the same line from the other side). */
    @Test
    void readsTheMilestonesTheWindowPrints() {
        Matcher m = WindowRun.START_LINE.matcher("{\"event\":\"start\",\"shown_ms\":1500,\"connected_ms\":3000,\"answered_ms\":3300}");
        assertThat(m.matches()).isTrue();
        assertThat(m.group(1)).isEqualTo("1500");
        assertThat(m.group(2)).isEqualTo("3000");
        assertThat(m.group(3)).isEqualTo("3300");
        assertThat(WindowRun.START_LINE.matcher("{\"event\":\"loop\",\"qos\":1}").matches()).isFalse();
    }

    /** bench window times the jar as the installed app runs: the same JVM options as its launcher. */
    @Test
    void startsTheWindowWithTheInstalledAppsJvmOptions() throws Exception {
        String launcher = java.nio.file.Files.readString(java.nio.file.Path.of("packaging/app-image.args"));
        for (String option : WindowRun.INSTALLED_APP_OPTIONS) {
            assertThat(launcher).contains("--java-options " + option);
        }
    }
}
