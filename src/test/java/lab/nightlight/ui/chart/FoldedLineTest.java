package lab.nightlight.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FoldedLineTest {

    @Test
    void oneReadingAColumnIsDrawnAsItCame() {
        FoldedLine line = new FoldedLine();
        line.add(10.2, 50);
        line.add(14.7, 80);
        line.add(20.0, 20);
        line.finish();
        assertThat(points(line)).containsExactly("10.2,50.0", "14.7,80.0", "20.0,20.0");
        assertThat(line.bars()).isZero();
    }

    @Test
    void aColumnOfManyReadingsIsItsFirstAndLastWithABarFromLowestToHighest() {
        FoldedLine line = new FoldedLine();
        line.add(9.5, 40);
        for (int i = 0; i < 1000; i++) {
            line.add(30.1 + i / 2000.0, 100 + (i * 37) % 90);
        }
        line.add(31.5, 10);
        line.finish();
        double last = 100 + (999 * 37) % 90;
        assertThat(points(line)).containsExactly("9.5,40.0", "30.1,100.0", (30.1 + 999 / 2000.0) + "," + last, "31.5,10.0");
        assertThat(line.bars()).isEqualTo(1);
        assertThat(line.barX(0)).isEqualTo(30.1);
        assertThat(line.barTop(0)).isEqualTo(100);
        assertThat(line.barBottom(0)).isEqualTo(189);
    }

    @Test
    void aColumnOfReadingsAllAlikeNeedsNoBar() {
        FoldedLine line = new FoldedLine();
        for (int i = 0; i < 50; i++) {
            line.add(5 + i / 100.0, 70);
        }
        line.finish();
        assertThat(line.points()).isEqualTo(2);
        assertThat(line.bars()).isZero();
    }

    private static List<String> points(FoldedLine line) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < line.points(); i++) {
            out.add(line.x(i) + "," + line.y(i));
        }
        return out;
    }
}
