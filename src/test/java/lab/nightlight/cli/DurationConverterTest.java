package lab.nightlight.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationConverterTest {

    private final DurationConverter converter = new DurationConverter();

    @ParameterizedTest
    @CsvSource({"5s, 5000", "1500ms, 1500", "2m, 120000", "2min, 120000", "1h, 3600000", "7, 7000",
            "1.5s, 1500", "0.25 s, 250", "5S, 5000", "0s, 0"})
    void readsWhatPeopleType(String text, long millis) {
        assertThat(converter.convert(text)).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "-5s", "5 seconds", "5d", "PT5S", "1e3ms"})
    void refusesAnythingElseWithASentence(String text) {
        assertThatThrownBy(() -> converter.convert(text))
                .isInstanceOfSatisfying(OptionProblem.class,
                        e -> assertThat(e.say(CliTexts.english())).contains("write it like 5s, 1500ms or 2m"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"25h", "2000m"})
    void refusesMoreThanADay(String text) {
        assertThatThrownBy(() -> converter.convert(text)).isInstanceOfSatisfying(OptionProblem.class,
                e -> assertThat(e.say(CliTexts.english())).contains("longer than a day"));
    }

    @ParameterizedTest
    @CsvSource({"500, 500 ms, 500ms", "5000, 5 s, 5초", "1500, 1.5 s, 1.5초", "120000, 2 min, 2분"})
    void formatsForSentences(long millis, String english, String korean) {
        assertThat(CliTexts.english().duration(Duration.ofMillis(millis))).isEqualTo(english);
        assertThat(CliTexts.load(java.util.Locale.KOREAN).duration(Duration.ofMillis(millis))).isEqualTo(korean);
    }
}
