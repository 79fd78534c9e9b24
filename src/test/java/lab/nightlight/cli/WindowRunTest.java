package lab.nightlight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class WindowRunTest {

    /** The line the window prints with --snapshot (ui.StartTimesTest pins the same line from the other side). */
    @Test
    void readsTheMilestonesTheWindowPrints() {
        Matcher m = WindowRun.START_LINE.matcher(
                "{\"event\":\"start\",\"shown_ms\":1500,\"first_frame_ms\":1600,\"connected_ms\":3000,\"answered_ms\":3300}");
        assertThat(m.matches()).isTrue();
        assertThat(m.group(1)).isEqualTo("1500");
        assertThat(m.group(2)).isEqualTo("1600");
        assertThat(m.group(3)).isEqualTo("3000");
        assertThat(m.group(4)).isEqualTo("3300");
        assertThat(WindowRun.START_LINE.matcher("{\"event\":\"loop\",\"qos\":1}").matches()).isFalse();
    }

    /**
     * The installed app's JVM tuning (compiler, collector, heap) is written in three places: its
     * launcher (packaging/app-image.args), {@code mvn javafx:run} (the pom) and bench window
     * ({@link WindowRun#INSTALLED_APP_OPTIONS}). All three must say the same, or the figures
     * and the README's command stop describing the app students install. -XX:-UsePerfData is the
     * launcher's own (no file in /tmp), not tuning.
     */
    @Test
    void benchWindowAndJavafxRunUseTheInstalledAppsJvmTuning() throws Exception {
        java.util.List<String> launcher = new java.util.ArrayList<>();
        Matcher option = java.util.regex.Pattern.compile("(?m)^--java-options (-X\\S+)$")
                .matcher(java.nio.file.Files.readString(java.nio.file.Path.of("packaging/app-image.args")));
        while (option.find()) {
            if (!option.group(1).equals("-XX:-UsePerfData")) {
                launcher.add(option.group(1));
            }
        }
        String pom = java.nio.file.Files.readString(java.nio.file.Path.of("pom.xml"));
        // the last mention: the first is the version in pluginManagement
        String plugin = pom.substring(pom.lastIndexOf("<artifactId>javafx-maven-plugin</artifactId>"));
        plugin = plugin.substring(0, plugin.indexOf("</plugin>"));
        java.util.List<String> javafxRun = new java.util.ArrayList<>();
        Matcher pomOption = java.util.regex.Pattern.compile("<option>([^<]+)</option>").matcher(plugin);
        while (pomOption.find()) {
            javafxRun.add(pomOption.group(1));
        }

        assertThat(launcher).as("tuning in packaging/app-image.args").isNotEmpty();
        assertThat(WindowRun.INSTALLED_APP_OPTIONS).containsExactlyInAnyOrderElementsOf(launcher);
        assertThat(javafxRun).as("the pom's javafx:run options").containsExactlyInAnyOrderElementsOf(launcher);
    }
}
