package lab.nightlight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Help, version and wrong options: nothing here needs a broker. */
class CliArgumentsTest {

    @Test
    void helpNamesEveryCommandAndHowToTryThem() {
        InProcessCli cli = InProcessCli.run("--help");
        assertThat(cli.stdout()).anyMatch(l -> l.startsWith("Usage: nightlight-lab"));
        assertThat(String.join("\n", cli.stdout())).contains("broker", "device", "server",
                "nightlight-lab device --id my-nightlight");
        assertThat(cli.stderr()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"broker", "device", "server"})
    void eachCommandExplainsItselfAndExitsZero(String command) throws Exception {
        InProcessCli cli = InProcessCli.run(command, "--help");
        assertThat(cli.awaitExit(java.time.Duration.ofSeconds(1))).isZero();
        assertThat(cli.stdout().get(0)).startsWith("Usage: nightlight-lab " + command);
        assertThat(String.join("\n", cli.stdout())).contains("--json", "Example:");
    }

    @Test
    void helpCommandWorksToo() throws Exception {
        InProcessCli cli = InProcessCli.run("help", "server");
        assertThat(cli.awaitExit(java.time.Duration.ofSeconds(1))).isZero();
        assertThat(String.join("\n", cli.stdout())).contains("--threshold", "--retain");
    }

    @Test
    void versionSaysWhatItIs() throws Exception {
        InProcessCli cli = InProcessCli.run("-V");
        assertThat(cli.awaitExit(java.time.Duration.ofSeconds(1))).isZero();
        assertThat(cli.stdout()).singleElement().asString().startsWith("Nightlight Lab ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "device                                      | Missing required option: '--id=ID'",
            "device --id a/b                             | may not contain “/”, “+” or “#”",
            "device --id x --light 2000                  | 2000 is not a light level",
            "device --id x --lights 100,dark             | 'dark' is not a whole number",
            "device --id x --light 1 --lights 2,3        | Use either --light or --lights, not both.",
            "device --id x --interval soon               | 'soon' is not a duration",
            "device --id x --interval 0s                 | The --interval must be longer than 0",
            "device --id x --qos 3                       | '3' is not a QoS level",
            "device --id x --mqtt 4                      | '4' is not an MQTT version",
            "device --id x --broker ftp://h:21           | “ftp://” is not a broker address",
            "server --id x --threshold 5000              | 5000 is not a usable threshold",
            "server --id x --unknown                     | Unknown option: '--unknown'",
            "broker --port 70000                         | The --port must be 0 to 65535",
            "devic                                       | Did you mean device?"})
    void aWrongOptionIsOneSentenceOnStderrAndExitTwo(String args, String expected) throws Exception {
        InProcessCli cli = InProcessCli.run(args.trim().split("\\s+"));
        assertThat(cli.awaitExit(java.time.Duration.ofSeconds(1))).isEqualTo(Cli.USAGE);
        assertThat(cli.stdout()).isEmpty();
        assertThat(cli.stderr()).singleElement().asString()
                .contains(expected)
                .containsPattern("Run 'nightlight-lab( \\w+)? --help' to see the options\\.$");
    }
}
