package lab.nightlight.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** What every pair of bundles (the window's, the commands') must satisfy, read as the app reads them. */
public final class Bundles {

    private Bundles() {
    }

    /** A bundle under lab/nightlight/i18n/, UTF-8 as Java 9+ reads property bundles. */
    public static Map<String, String> load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Bundles.class.getResourceAsStream("/lab/nightlight/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> map = new TreeMap<>();
        p.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }

    /** The same keys in both languages, none of them blank. */
    public static void assertSameKeysWithText(Map<String, String> english, Map<String, String> korean) {
        assertThat(korean.keySet()).as("keys missing in Korean or only in Korean").isEqualTo(english.keySet());
        assertThat(english).allSatisfy((k, v) -> assertThat(v).as(k).isNotBlank());
        assertThat(korean).allSatisfy((k, v) -> assertThat(v).as(k).isNotBlank());
    }

    /** How many of the values contain Hangul, so a copied English value cannot pass as Korean. */
    public static long hangulValues(Map<String, String> korean) {
        return korean.values().stream().filter(v -> v.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)).count();
    }
}
