package lab.nightlight.ui;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;

/**
 * The Hangul font that ships inside the jar (NanumGothic, SIL Open Font License, licence text in
 * {@code lab/nightlight/fonts/OFL.txt}). JavaFX 21 on Linux skips CFF fonts such as Noto CJK when
 * it falls back for a missing glyph (JDK-8322251), so a machine without a TrueType Korean font
 * shows boxes; loading our own TrueType file means Korean renders without installing anything.
 */
public final class BundledFonts {

    static final String REGULAR = "/lab/nightlight/fonts/NanumGothic.ttf";
    static final String BOLD = "/lab/nightlight/fonts/NanumGothicBold.ttf";

    private static String hangulFamily;

    private BundledFonts() {
    }

    /**
     * Loads the bundled fonts once (later calls return the same family). Needs the toolkit.
     *
     * @return the family name to use for Korean text, or null if the font could not be read
     */
    public static synchronized String hangulFamily() {
        if (hangulFamily == null) {
            Font regular = load(REGULAR);
            load(BOLD);
            hangulFamily = regular == null ? "" : regular.getFamily();
        }
        return hangulFamily.isEmpty() ? null : hangulFamily;
    }

    private static Font load(String resource) {
        try (InputStream in = BundledFonts.class.getResourceAsStream(resource)) {
            return in == null ? null : Font.loadFont(in, 13);
        } catch (IOException e) {
            return null;
        }
    }
}
