package lab.nightlight.ui.chart;

import java.util.Arrays;

/**
 * The chart's line in pixels, folded by pixel column: where several readings fall in one column
 * (a flood, a slider dragged), the line passes through the column's first and last reading and a
 * bar covers the lowest to the highest. The picture is the same as the full zigzag, but a flood
 * costs the renderer a bar a column instead of hundreds of full-height strokes (drawn in software
 * on most classroom machines, on the thread the next frame waits for). No JavaFX: pixels in,
 * pixels out.
 */
final class FoldedLine {

    private double[] xs = new double[64];
    private double[] ys = new double[64];
    private int points;
    private double[] bars = new double[48];
    private int barCount;

    private long column = Long.MIN_VALUE;
    private double firstX;
    private double firstY;
    private double lastX;
    private double lastY;
    private double low;
    private double high;
    private int inColumn;

    /** The next reading, left to right. */
    void add(double x, double y) {
        long c = (long) Math.floor(x);
        if (c != column) {
            flush();
            column = c;
            firstX = x;
            firstY = y;
            low = y;
            high = y;
            inColumn = 0;
        }
        lastX = x;
        lastY = y;
        low = Math.min(low, y);
        high = Math.max(high, y);
        inColumn++;
    }

    /** Ends the line; call once, after the last {@link #add}. */
    FoldedLine finish() {
        flush();
        column = Long.MIN_VALUE;
        return this;
    }

    private void flush() {
        if (column == Long.MIN_VALUE) {
            return;
        }
        point(firstX, firstY);
        if (inColumn > 1) {
            point(lastX, lastY);
            if (high > low) {
                bar(firstX, low, high);
            }
        }
    }

    private void point(double x, double y) {
        if (points == xs.length) {
            xs = Arrays.copyOf(xs, points * 2);
            ys = Arrays.copyOf(ys, points * 2);
        }
        xs[points] = x;
        ys[points] = y;
        points++;
    }

    private void bar(double x, double top, double bottom) {
        if (barCount * 3 == bars.length) {
            bars = Arrays.copyOf(bars, bars.length * 2);
        }
        bars[barCount * 3] = x;
        bars[barCount * 3 + 1] = top;
        bars[barCount * 3 + 2] = bottom;
        barCount++;
    }

    /** The points the line passes through, in order. */
    int points() {
        return points;
    }

    double x(int i) {
        return xs[i];
    }

    double y(int i) {
        return ys[i];
    }

    /** Columns that held readings at different heights: {@code x}, and {@code top} to {@code bottom} to cover. */
    int bars() {
        return barCount;
    }

    double barX(int i) {
        return bars[i * 3];
    }

    double barTop(int i) {
        return bars[i * 3 + 1];
    }

    double barBottom(int i) {
        return bars[i * 3 + 2];
    }
}
