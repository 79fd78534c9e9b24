package lab.nightlight.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The About dialog's facts come from the shipped licences file, and that file matches what we bundle. */
class AppInfoTest {

    private final List<AppInfo.Component> components = AppInfo.components();

    @Test
    void everyRowHasANameAVersionAndALicence() {
        assertThat(components).hasSizeGreaterThan(30);
        assertThat(components).allSatisfy(c -> {
            assertThat(c.name()).isNotBlank().doesNotContain("`");
            assertThat(c.version()).isNotBlank();
            assertThat(c.licence()).isNotBlank();
        });
    }

    @Test
    void theVersionsListedAreTheVersionsOnTheClassPath() {
        // Drift between the file and the pom would put a false licence list in front of users.
        assertThat(find("picocli").version()).isEqualTo(picocli.CommandLine.VERSION);
        assertThat(find("Jackson").version())
                .startsWith(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
        assertThat(com.sun.javafx.runtime.VersionInfo.getRuntimeVersion()).startsWith(find("OpenJFX").version());
    }

    @Test
    void theBundledHangulFontIsListedWithItsLicence() {
        assertThat(find("NanumGothic").licence()).contains("OFL-1.1");
        assertThat(AppInfoTest.class.getResource("/lab/nightlight/fonts/OFL.txt")).isNotNull();
    }

    @Test
    void parsesOnlyTableRows() {
        String md = "# Title\n\n| Component | Version | Licence |\n|---|---|---|\n| `a:b` | 1 | MIT |\n- a list item\n";
        assertThat(AppInfo.components(md)).containsExactly(new AppInfo.Component("a:b", "1", "MIT"));
    }

    private AppInfo.Component find(String prefix) {
        return components.stream().filter(c -> c.name().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no component named " + prefix + "..."));
    }
}
