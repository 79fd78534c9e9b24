package lab.nightlight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** How the commands pick their language, and that only people's lines change with it. */
class CliLanguageTest {

    private static final Locale FRENCH_MACHINE = Locale.FRANCE;

    @Test
    void theOptionWinsThenTheEnvironmentThenTheMachine() {
        assertThat(CliLanguage.choose(new String[] {"--lang", "ko", "broker"}, "en", Locale.ENGLISH)).isEqualTo(Locale.KOREAN);
        assertThat(CliLanguage.choose(new String[] {"broker", "--lang=en"}, "ko", Locale.KOREA)).isEqualTo(Locale.ENGLISH);
        assertThat(CliLanguage.choose(new String[] {"broker"}, "ko_KR.UTF-8", Locale.ENGLISH)).isEqualTo(Locale.KOREAN);
        assertThat(CliLanguage.choose(new String[] {"broker"}, null, Locale.KOREA)).isEqualTo(Locale.KOREAN);
        assertThat(CliLanguage.choose(new String[] {"broker"}, "", FRENCH_MACHINE)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aLanguageWeDoNotSpeakFallsThroughAndArgumentsAfterTheEndOfOptionsAreNotOptions() {
        assertThat(CliLanguage.choose(new String[] {"--lang", "xx"}, "ko", Locale.ENGLISH)).isEqualTo(Locale.KOREAN);
        assertThat(CliLanguage.choose(new String[] {"--", "--lang", "ko"}, null, Locale.ENGLISH)).isEqualTo(Locale.ENGLISH);
        assertThat(CliLanguage.available()).startsWith(Locale.ENGLISH).contains(Locale.KOREAN);
    }

    @Test
    void onAKoreanMachineTheHelpIsKoreanUnlessEnglishIsAskedFor() throws Exception {
        InProcessCli korean = InProcessCli.runOn(Locale.KOREA, "device", "--help");
        assertThat(korean.awaitExit(java.time.Duration.ofSeconds(1))).isZero();
        assertThat(korean.stdout().get(0)).startsWith("사용법: nightlight-lab device");
        String help = String.join("\n", korean.stdout());
        assertThat(help).contains("장치 ID", "텔레메트리", "예: device --id my-nightlight")
                .doesNotContain("nightlight-lab.device.", "option.", "mixinStandardHelpOptions");

        InProcessCli english = InProcessCli.runOn(Locale.KOREA, "--lang", "en", "device", "--help");
        assertThat(english.stdout().get(0)).startsWith("Usage: nightlight-lab device");
        assertThat(String.join("\n", english.stdout())).doesNotContainPattern("\\p{IsHangul}");
    }

    @Test
    void aWrongOptionIsSaidInKorean() throws Exception {
        InProcessCli cli = InProcessCli.runOn(Locale.KOREA, "device", "--id", "x", "--qos", "3");
        assertThat(cli.awaitExit(java.time.Duration.ofSeconds(1))).isEqualTo(Cli.USAGE);
        assertThat(cli.stderr()).singleElement().asString()
                .startsWith("옵션 '--qos' 의 값이 잘못되었습니다: QoS 수준이 아닙니다: '3'.")
                .endsWith("옵션을 보려면 'nightlight-lab device --help' 를 실행하세요.");
    }

    @Test
    void jsonLinesAreTheSameInEveryLanguageWhileStderrSpeaksToThePerson() throws Exception {
        String[] args = {"device", "--id", "x", "--broker", "mqtt://127.0.0.1:1", "--json"};
        InProcessCli english = InProcessCli.runOn(Locale.ENGLISH, args);
        InProcessCli korean = InProcessCli.runOn(Locale.KOREA, args);
        assertThat(korean.awaitExit(java.time.Duration.ofSeconds(20))).isEqualTo(Cli.FAILED);
        assertThat(korean.stdout()).isEqualTo(english.stdout()).singleElement().asString()
                .startsWith("{\"event\":\"error\",\"message\":\"Nothing is listening at mqtt://127.0.0.1:1");
        assertThat(korean.stderr()).singleElement().asString().contains("mqtt://127.0.0.1:1", "브로커");
    }
}
