package lab.nightlight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which argument lists open the window and which run a command: --lang serves both. */
class LauncherTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "''                          | true",
            "--dark                      | true",
            "--lang ko                   | true",
            "--lang=ko --presenter       | true",
            "--lang ko --snapshot x.png  | true",
            "broker                      | false",
            "--help                      | false",
            "--lang ko broker            | false",
            "--lang=ko device --id x     | false",
            "--lang ko --help            | false",
            "--lang en -V                | false"})
    void aLeadingLanguageDoesNotDecide(String args, boolean window) {
        String[] split = args.isBlank() ? new String[0] : args.trim().split("\\s+");
        assertThat(Launcher.opensWindow(split)).isEqualTo(window);
    }
}
