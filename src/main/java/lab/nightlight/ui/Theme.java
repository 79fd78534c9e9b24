package lab.nightlight.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.text.Font;

/**
 * The look: AtlantaFX Primer (light or dark) as the user-agent stylesheet, our tokens and pane
 * styles from {@code app.css} on top ({@code .root.dark} switches the tokens), and a font that
 * has Hangul when the window speaks Korean.
 */
public final class Theme {

    static final String APP_CSS = "/lab/nightlight/ui/app.css";

    /**
     * TrueType fonts with Hangul, best first. JavaFX on Linux skips CFF (OpenType/PostScript)
     * fonts when it falls back for a missing glyph, so a Noto CJK .otf shows boxes; naming a
     * TrueType family outright avoids the fallback. Windows and macOS names follow.
     */
    static final List<String> HANGUL_FAMILIES = List.of(
            "NanumGothic", "NanumBarunGothic", "Malgun Gothic", "Apple SD Gothic Neo", "AppleGothic", "Gulim");

    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(this, "dark");
    private final Locale locale;
    private Parent root;

    public Theme(boolean dark, Locale locale) {
        this.dark.set(dark);
        this.locale = Objects.requireNonNull(locale);
    }

    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    /** Applies the theme to the window's scene (call once, before showing it). */
    public void install(Scene scene) {
        root = scene.getRoot();
        scene.getStylesheets().add(Objects.requireNonNull(Theme.class.getResource(APP_CSS)).toExternalForm());
        String family = fontFamily();
        if (family != null) {
            // A stylesheet, not an inline style on the root: an inline family there would win over
            // every label's own -fx-font-weight, and headings would lose their bold.
            String css = ".root { -fx-font-family: \"" + family + "\"; }";
            scene.getStylesheets().add("data:text/css;base64,"
                    + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8)));
        }
        apply();
    }

    public void setDark(boolean value) {
        dark.set(value);
        apply();
    }

    public void toggle() {
        setDark(!dark.get());
    }

    /** The family the window and the chart use for text, or null for the platform's default. */
    public String fontFamily() {
        return fontFamilyFor(locale);
    }

    /** The family that has this language's letters, or null when the platform's default does. Needs the toolkit. */
    public static String fontFamilyFor(Locale locale) {
        if (!locale.getLanguage().equals("ko")) {
            return null;
        }
        // The font in the jar first: the same letters on every machine, nothing to install.
        String bundled = BundledFonts.hangulFamily();
        if (bundled != null) {
            return bundled;
        }
        List<String> installed = Font.getFamilies();
        return HANGUL_FAMILIES.stream().filter(installed::contains).findFirst().orElse(null);
    }

    private void apply() {
        Application.setUserAgentStylesheet(dark.get()
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        if (root != null) {
            root.getStyleClass().remove("dark");
            if (dark.get()) {
                root.getStyleClass().add("dark");
            }
        }
    }
}
