package lab.nightlight.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import lab.nightlight.mqtt.BrokerAddress;
import org.junit.jupiter.api.Test;

class WindowOptionsTest {

    @Test
    void noOptionsMeansTheDefaults() {
        assertThat(WindowOptions.parse(List.of())).isEqualTo(WindowOptions.DEFAULTS);
    }

    @Test
    void readsEveryOptionWithSpaceOrEquals() {
        WindowOptions o = WindowOptions.parse(List.of("--snapshot", "out/shot.png", "--id=nl-class-3", "--broker",
                "mqtt://192.168.1.20:1884", "--lang", "ko", "--dark", "--light=200"));
        assertThat(o.snapshot()).isEqualTo(Path.of("out/shot.png"));
        assertThat(o.deviceId()).isEqualTo("nl-class-3");
        assertThat(o.broker()).isEqualTo(new BrokerAddress("192.168.1.20", 1884));
        assertThat(o.language()).isEqualTo(Locale.KOREAN);
        assertThat(o.dark()).isTrue();
        assertThat(o.light()).isEqualTo(200);
    }

    @Test
    void eachViewCanComeFirst() {
        assertThat(WindowOptions.parse(List.of()).view()).isEqualTo(WindowOptions.View.LESSON);
        assertThat(WindowOptions.parse(List.of("--view", "lesson")).view()).isEqualTo(WindowOptions.View.LESSON);
        assertThat(WindowOptions.parse(List.of("--view", "packets")).view()).isEqualTo(WindowOptions.View.PACKETS);
        assertThat(WindowOptions.parse(List.of("--view=Stadium")).view()).isEqualTo(WindowOptions.View.STADIUM);
    }

    @Test
    void theMachinesLanguageDecidesWhenNoneIsAsked() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.KOREA);
            assertThat(WindowOptions.DEFAULTS.language()).isEqualTo(Locale.KOREAN);
            Locale.setDefault(Locale.GERMANY);
            assertThat(WindowOptions.DEFAULTS.language()).isEqualTo(Locale.ENGLISH);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void mistakesAreExplainedInOneSentence() {
        assertThatThrownBy(() -> WindowOptions.parse(List.of("--lang", "fr"))).hasMessageContaining("en or ko");
        assertThatThrownBy(() -> WindowOptions.parse(List.of("--id", "a/b"))).hasMessageContaining("“/”");
        assertThatThrownBy(() -> WindowOptions.parse(List.of("--light", "2000"))).hasMessageContaining("0 to 1023");
        assertThatThrownBy(() -> WindowOptions.parse(List.of("--snapshot"))).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> WindowOptions.parse(List.of("--fullscreen"))).hasMessageContaining("Unknown option");
        assertThatThrownBy(() -> WindowOptions.parse(List.of("--broker", "http://x"))).hasMessageContaining("not a broker address");
    }

    @Test
    void mistakesAreSaidInTheLanguageTheWindowWouldHaveSpoken() {
        Texts korean = Texts.load(Locale.KOREAN);
        assertThat(WindowOptions.problem(List.of("--lang", "ko", "--id", "a/b"), null, Locale.ENGLISH))
                .isEqualTo(korean.get("deviceid.reserved-character"));
        assertThat(WindowOptions.problem(List.of("--fullscreen"), "ko_KR.UTF-8", Locale.ENGLISH))
                .startsWith("알 수 없는 옵션입니다: “--fullscreen”.").contains("창 옵션:", "--lang en|ko");
        assertThat(WindowOptions.problem(List.of("--light", "2000"), null, Locale.KOREA)).contains("받은 값: “2000”");
        // A --lang we do not have is itself the mistake, said in the next choice.
        assertThat(WindowOptions.problem(List.of("--lang", "fr"), null, Locale.KOREA)).contains("en 또는 ko", "“fr”");
        // --lang en on a Korean machine with NIGHTLIGHT_LANG=ko is still English.
        assertThat(WindowOptions.problem(List.of("--lang", "en", "--view", "x"), "ko", Locale.KOREA))
                .isEqualTo("--view must be lesson, packets or stadium, was “x”.");
        assertThat(WindowOptions.problem(List.of("--lang=ko", "--dark"), null, Locale.ENGLISH)).isNull();
    }

    @Test
    void everyMistakeIsASentenceInEveryLanguage() {
        List<List<String>> mistakes = List.of(List.of("--snapshot"), List.of("--fullscreen"), List.of("--lang", "fr"),
                List.of("--view", "x"), List.of("--light", "2000"), List.of("--light=dim"), List.of("--id", ""),
                List.of("--id", "x".repeat(lab.nightlight.lesson.DeviceIds.MAX_LENGTH + 1)), List.of("--id", "a b"),
                List.of("--id", "$SYS"), List.of("--broker", ""), List.of("--broker", "http://x"),
                List.of("--broker", "mqtt://x:70000"), List.of("--broker", "mqtt://"));
        for (Locale language : lab.nightlight.ui.classroom.Languages.available()) {
            for (List<String> args : mistakes) {
                String said = WindowOptions.problem(args, language.getLanguage(), Locale.ENGLISH);
                assertThat(said).as("%s %s", language, args).isNotBlank()
                        .doesNotContainPattern("(window\\.options|deviceid|brokeraddress)\\.").doesNotContain("{");
            }
        }
    }

    @Test
    void theLanguageIsTheOptionThenNightlightLangThenTheMachines() {
        WindowOptions none = WindowOptions.parse(java.util.List.of());
        assertThat(none.language(null, java.util.Locale.KOREA)).isEqualTo(java.util.Locale.KOREAN);
        assertThat(none.language("ko_KR.UTF-8", java.util.Locale.US)).isEqualTo(java.util.Locale.KOREAN);
        assertThat(none.language("en", java.util.Locale.KOREA)).isEqualTo(java.util.Locale.ENGLISH);
        assertThat(none.language("xx", java.util.Locale.FRANCE)).isEqualTo(java.util.Locale.ENGLISH);
        WindowOptions english = WindowOptions.parse(java.util.List.of("--lang", "en"));
        assertThat(english.language("ko", java.util.Locale.KOREA)).isEqualTo(java.util.Locale.ENGLISH);
    }
}
