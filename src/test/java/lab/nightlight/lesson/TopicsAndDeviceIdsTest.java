package lab.nightlight.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lesson's topics and client ids, and the ids a student may type. */
class TopicsAndDeviceIdsTest {

    @Test
    void topicsAndClientIdsAreBuiltExactlyAsTheLessonsCodeBuildsThem() {
        Topics topics = new Topics("7f3a9c2e-guid");

        assertThat(topics.telemetry()).isEqualTo("7f3a9c2e-guid/telemetry");
        assertThat(topics.commands()).isEqualTo("7f3a9c2e-guid/commands");
        assertThat(topics.status()).isEqualTo("7f3a9c2e-guid/status");
        // The lesson concatenates without a separator: id + 'nightlight_client'.
        assertThat(topics.deviceClientId()).isEqualTo("7f3a9c2e-guidnightlight_client");
        assertThat(topics.serverClientId()).isEqualTo("7f3a9c2e-guidnightlight_server");
    }

    @Test
    void randomIdsAreUsableAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = DeviceIds.random();
            assertThat(id).matches("nl-[0-9a-f]{8}");
            assertThat(DeviceIds.problemWith(id)).isNull();
            seen.add(id);
        }
        assertThat(seen).hasSizeGreaterThan(990);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "nl-7f3a9c2e", "7f3a9c2e-1b2d-4c5e-8f90-123456789abc", "wio_terminal.1", "야간등", "büro"})
    void ordinaryIdsAreAccepted(String id) {
        assertThat(DeviceIds.problemWith(id)).isNull();
        assertThat(new Topics(id).id()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b", "/", "dev+", "#", "room/#", "+"})
    void charactersMqttReservesInTopicsAreRefusedWithTheReason(String id) {
        assertThat(DeviceIds.problemWith(id)).contains("'/', '+' or '#'");
        assertThatThrownBy(() -> new Topics(id)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MQTT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"my device", " nl-1", "nl-1\t", "nl\n1", "nl\u00001", "nl\u00071", "nl\u007f1"})
    void spacesAndControlCharactersAreRefused(String id) {
        assertThat(DeviceIds.problemWith(id)).isNotNull();
        assertThatThrownBy(() -> new Topics(id)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"$dev", "$SYS", "$"})
    void anIdStartingWithADollarIsRefusedBecauseTheBrokerOwnsThoseTopics(String id) {
        assertThat(DeviceIds.problemWith(id)).contains("'$'");
        assertThatThrownBy(() -> new Topics(id)).isInstanceOf(IllegalArgumentException.class);
        // Elsewhere in the id it is an ordinary character.
        assertThat(DeviceIds.problemWith("dev" + id)).isNull();
    }

    /** Copied from a web page or a chat, an id can carry a space that does not look like one. */
    @ParameterizedTest
    @ValueSource(strings = {"nl\u00a01", "nl\u20281", "nl\u30001"})
    void unicodeSpacesAreRefusedToo(String id) {
        assertThat(DeviceIds.problemWith(id)).contains("spaces");
    }

    /** A lone surrogate cannot be encoded as UTF-8, which MQTT topics must be. */
    @Test
    void anIdThatIsNotValidUnicodeIsRefused() {
        assertThat(DeviceIds.problemWith("nl-\ud800")).isNotNull();
        assertThat(DeviceIds.problemWith("nl-\udc00x")).isNotNull();
        // A whole surrogate pair (an emoji) is fine.
        assertThat(DeviceIds.problemWith("nl-\ud83d\udca1")).isNull();
    }

    @Test
    void emptyAndBlankIdsAreRefusedWithASuggestion() {
        assertThat(DeviceIds.problemWith("")).contains("empty").contains("nl-");
        assertThat(DeviceIds.problemWith("   ")).contains("empty");
        assertThat(DeviceIds.problemWith(null)).contains("empty");
        assertThatThrownBy(() -> new Topics(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Topics("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idsUpToTheLimitAreAcceptedAndLongerOnesAreNot() {
        String longest = "a".repeat(DeviceIds.MAX_LENGTH);
        assertThat(DeviceIds.problemWith(longest)).isNull();
        assertThat(new Topics(longest).serverClientId()).hasSize(DeviceIds.MAX_LENGTH + "nightlight_server".length());

        assertThat(DeviceIds.problemWith(longest + "a")).contains("longer than " + DeviceIds.MAX_LENGTH);
        assertThatThrownBy(() -> new Topics(longest + "a")).isInstanceOf(IllegalArgumentException.class);
    }
}
