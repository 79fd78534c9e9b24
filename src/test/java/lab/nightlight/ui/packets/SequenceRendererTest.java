package lab.nightlight.ui.packets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The diagram's geometry: which arrow a click hits, newest at the bottom. */
class SequenceRendererTest {

    @Test
    void aClickPicksTheArrowOnItsRow() {
        double height = SequenceRenderer.HEADER + 8 + 10 * SequenceRenderer.ROW;
        assertThat(SequenceRenderer.rows(height)).isEqualTo(10);
        // 25 arrows, 10 rows: rows show arrows 15..24.
        assertThat(SequenceRenderer.hit(SequenceRenderer.HEADER + 1, 25, height, 0)).isEqualTo(15);
        assertThat(SequenceRenderer.hit(SequenceRenderer.HEADER + 9.5 * SequenceRenderer.ROW, 25, height, 0))
                .isEqualTo(24);
        assertThat(SequenceRenderer.hit(5, 25, height, 0)).isEqualTo(-1);
        // Scrolled back by 5: arrows 10..19.
        assertThat(SequenceRenderer.hit(SequenceRenderer.HEADER + 1, 25, height, 5)).isEqualTo(10);
        // Fewer arrows than rows: below the last one is nothing.
        assertThat(SequenceRenderer.hit(SequenceRenderer.HEADER + 5 * SequenceRenderer.ROW, 3, height, 0)).isEqualTo(-1);
    }
}
