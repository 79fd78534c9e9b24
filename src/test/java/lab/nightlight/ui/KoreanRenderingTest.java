package lab.nightlight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Korean renders as letters, not boxes, in the headless toolkit with only the jar's font: two
 * different Hangul strings must draw different pixels (boxes would be identical), and neither
 * may look like the "missing glyph" box.
 */
class KoreanRenderingTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theBundledFontIsTheKoreanWindowsFamily() throws Exception {
        String family = WaitForAsyncUtils.asyncFx(BundledFonts::hangulFamily).get();
        assertThat(family).isEqualTo("NanumGothic");
        String themed = WaitForAsyncUtils.asyncFx(() -> new Theme(false, Locale.KOREAN).fontFamily()).get();
        assertThat(themed).isEqualTo(family);
        assertThat(WaitForAsyncUtils.asyncFx(() -> new Theme(false, Locale.ENGLISH).fontFamily()).get()).isNull();
    }

    @Test
    void hangulSyllablesDrawAsDistinctGlyphsNotBoxes() throws Exception {
        String family = WaitForAsyncUtils.asyncFx(BundledFonts::hangulFamily).get();
        // Two words that share no syllable: with tofu both would be the same row of boxes.
        int[][] light = render(family, "불빛");
        int[][] night = render(family, "야간");
        // U+0378 is unassigned: every font draws its "missing glyph" box for it.
        int[][] box = render(family, "\u0378\u0378");

        assertThat(inked(light)).as("the Hangul drew something").isGreaterThan(50);
        assertThat(inked(night)).isGreaterThan(50);
        assertThat(differing(light, night)).as("two different words, two different pictures").isGreaterThan(50);
        assertThat(differing(light, box)).as("not the missing-glyph box").isGreaterThan(50);
        assertThat(differing(night, box)).isGreaterThan(50);
    }

    /** The text drawn black on white, as a grid of 0 (paper) and 1 (ink). */
    private static int[][] render(String family, String s) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
            Text text = new Text(s);
            text.setFont(Font.font(family, 48));
            text.setFill(Color.BLACK);
            javafx.scene.SnapshotParameters params = new javafx.scene.SnapshotParameters();
            params.setFill(Color.WHITE);
            params.setViewport(new javafx.geometry.Rectangle2D(0, -48, 160, 64));
            return text.snapshot(params, null);
        }).get();
        PixelReader pixels = image.getPixelReader();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[][] grid = new int[h][w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                grid[y][x] = pixels.getColor(x, y).getBrightness() < 0.5 ? 1 : 0;
            }
        }
        return grid;
    }

    private static int inked(int[][] grid) {
        int n = 0;
        for (int[] row : grid) {
            for (int v : row) {
                n += v;
            }
        }
        return n;
    }

    private static int differing(int[][] a, int[][] b) {
        int n = 0;
        for (int y = 0; y < Math.min(a.length, b.length); y++) {
            for (int x = 0; x < Math.min(a[y].length, b[y].length); x++) {
                n += a[y][x] != b[y][x] ? 1 : 0;
            }
        }
        return n;
    }
}
