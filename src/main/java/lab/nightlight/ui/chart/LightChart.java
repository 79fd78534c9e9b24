package lab.nightlight.ui.chart;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import javafx.animation.AnimationTimer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import lab.nightlight.lesson.Telemetry;

/**
 * Light over the last three minutes on a canvas: the readings as a line, the threshold as a
 * dashed line, the periods the LED was on shaded. Colours and font come from CSS
 * ({@code -nl-chart-line}, {@code -nl-chart-threshold}, {@code -nl-chart-led},
 * {@code -nl-chart-grid}, {@code -nl-chart-text}, {@code -fx-font}), so it follows the theme.
 * It redraws at most ten times a second, and only when something changed or a second passed.
 */
public final class LightChart extends Region {

    private static final StyleablePropertyFactory<LightChart> CSS = new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    private static final long MIN_FRAME_NANOS = 100_000_000L;
    private static final long MAX_FRAME_NANOS = 1_000_000_000L;
    private static final double LEFT = 46;
    private static final double RIGHT = 14;
    private static final double TOP = 26;
    private static final double BOTTOM = 22;

    /** The words the chart writes, from the bundle. */
    public record Labels(String light, String threshold, String ledOn, String empty, String now,
                         IntFunction<String> minutesAgo) {
    }

    private final StyleableProperty<Color> lineColor = CSS.createStyleableColorProperty(this, "lineColor",
            "-nl-chart-line", c -> c.lineColor, Color.web("#0969da"));
    private final StyleableProperty<Color> thresholdColor = CSS.createStyleableColorProperty(this, "thresholdColor",
            "-nl-chart-threshold", c -> c.thresholdColor, Color.web("#cf222e"));
    private final StyleableProperty<Color> ledColor = CSS.createStyleableColorProperty(this, "ledColor",
            "-nl-chart-led", c -> c.ledColor, Color.web("#ffb30040"));
    private final StyleableProperty<Color> gridColor = CSS.createStyleableColorProperty(this, "gridColor",
            "-nl-chart-grid", c -> c.gridColor, Color.web("#d0d7de"));
    private final StyleableProperty<Color> textColor = CSS.createStyleableColorProperty(this, "textColor",
            "-nl-chart-text", c -> c.textColor, Color.web("#57606a"));
    private final StyleableProperty<Font> font = CSS.createStyleableFontProperty(this, "font", "-fx-font",
            c -> c.font, Font.getDefault(), true);

    private final IntegerProperty threshold = new SimpleIntegerProperty(this, "threshold", 300);
    private final Canvas canvas = new Canvas();
    private final AnimationTimer timer;
    private LightHistory history = new LightHistory();
    /** Set from the bundle by the pane; blank until then. */
    private Labels labels = new Labels("", "", "", "", "", m -> "");
    private Clock clock = Clock.systemDefaultZone();
    private long drawnVersion = -1;
    private long lastDraw;
    private boolean dirty = true;

    public LightChart() {
        getStyleClass().add("light-chart");
        getChildren().add(canvas);
        threshold.addListener(o -> dirty = true);
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                boolean due = now - lastDraw >= MAX_FRAME_NANOS;
                boolean changed = dirty || history.version() != drawnVersion;
                if ((changed && now - lastDraw >= MIN_FRAME_NANOS) || due) {
                    lastDraw = now;
                    draw();
                }
            }
        };
    }

    public void setHistory(LightHistory history) {
        this.history = Objects.requireNonNull(history);
        dirty = true;
    }

    public void setLabels(Labels labels) {
        this.labels = Objects.requireNonNull(labels);
        dirty = true;
    }

    public void setClock(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    public IntegerProperty thresholdProperty() {
        return threshold;
    }

    /** Starts redrawing (when shown). */
    public void start() {
        timer.start();
    }

    /** Stops redrawing (the window is closing). */
    public void stop() {
        timer.stop();
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            dirty = true;
        }
    }

    @Override
    protected double computePrefHeight(double width) {
        return 170;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 600;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 110;
    }

    private void draw() {
        dirty = false;
        Instant now = clock.instant();
        history.trim(now);
        drawnVersion = history.version();
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (w < LEFT + RIGHT + 20 || h < TOP + BOTTOM + 20) {
            return;
        }
        Font base = font.getValue() == null ? Font.getDefault() : font.getValue();
        Font small = Font.font(base.getFamily(), Math.max(10, base.getSize() * 0.8));
        Plot p = new Plot(LEFT, TOP, w - LEFT - RIGHT, h - TOP - BOTTOM, now);

        // LED-on periods behind everything
        g.setFill(ledColor.getValue());
        for (LightHistory.Span s : history.ledOnSpans(p.from())) {
            double x0 = p.x(s.start());
            double x1 = s.end() == null ? p.right() : p.x(s.end());
            g.fillRect(x0, p.top(), Math.max(1, x1 - x0), p.height());
        }

        // grid and labels
        g.setFont(small);
        g.setLineWidth(1);
        g.setLineDashes();
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        for (int v : new int[] {0, 256, 512, 768, 1023}) {
            double y = crisp(p.y(v));
            g.setStroke(gridColor.getValue());
            g.strokeLine(p.left(), y, p.right(), y);
            g.setFill(textColor.getValue());
            g.fillText(String.valueOf(v), p.left() - 6, y);
        }
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        long minutes = LightHistory.WINDOW.toMinutes();
        for (int m = (int) minutes; m >= 0; m--) {
            double x = crisp(p.x(now.minus(Duration.ofMinutes(m))));
            g.setStroke(gridColor.getValue());
            g.strokeLine(x, p.top(), x, p.bottom());
            g.setFill(textColor.getValue());
            g.setTextAlign(m == 0 ? TextAlignment.RIGHT : m == minutes ? TextAlignment.LEFT : TextAlignment.CENTER);
            g.fillText(m == 0 ? labels.now() : labels.minutesAgo().apply(m), x, p.bottom() + 4);
        }

        // the threshold
        double ty = crisp(p.y(threshold.get()));
        g.setStroke(thresholdColor.getValue());
        g.setLineWidth(1.5);
        g.setLineDashes(6, 4);
        g.strokeLine(p.left(), ty, p.right(), ty);
        g.setLineDashes();
        g.setFill(thresholdColor.getValue());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(labels.threshold() + " " + threshold.get(), p.right() - 4, ty - 2);

        // the readings
        List<LightHistory.Sample> samples = history.samples();
        g.setStroke(lineColor.getValue());
        g.setFill(lineColor.getValue());
        g.setLineWidth(2);
        if (samples.isEmpty()) {
            g.setFill(textColor.getValue());
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.setFont(base);
            g.fillText(labels.empty(), p.left() + p.width() / 2, p.top() + p.height() / 2);
        } else {
            FoldedLine line = new FoldedLine();
            for (LightHistory.Sample s : samples) {
                line.add(p.x(s.at()), p.y(s.light()));
            }
            line.finish();
            g.beginPath();
            g.moveTo(line.x(0), line.y(0));
            for (int i = 1; i < line.points(); i++) {
                g.lineTo(line.x(i), line.y(i));
            }
            g.stroke();
            // a column's lowest to highest reading, as wide as the line
            for (int i = 0; i < line.bars(); i++) {
                g.fillRect(line.barX(i) - 1, line.barTop(i) - 1, 2, line.barBottom(i) - line.barTop(i) + 2);
            }
            if (samples.size() <= 90) {
                for (LightHistory.Sample s : samples) {
                    g.fillOval(p.x(s.at()) - 3, p.y(s.light()) - 3, 6, 6);
                }
            }
        }

        drawLegend(g, small);
    }

    private void drawLegend(GraphicsContext g, Font small) {
        g.setFont(small);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double x = LEFT;
        double y = TOP / 2;
        x = legendItem(g, x, y, lineColor.getValue(), labels.light(), false);
        x = legendItem(g, x, y, thresholdColor.getValue(), labels.threshold(), true);
        legendItem(g, x, y, ledColor.getValue(), labels.ledOn(), false);
    }

    private double legendItem(GraphicsContext g, double x, double y, Color color, String text, boolean dashed) {
        if (dashed) {
            g.setStroke(color);
            g.setLineWidth(1.5);
            g.setLineDashes(4, 3);
            g.strokeLine(x, y, x + 18, y);
            g.setLineDashes();
        } else {
            g.setFill(color.getOpacity() < 0.5 ? color.deriveColor(0, 1, 1, 2.5) : color);
            g.fillRect(x, y - 5, 18, 10);
        }
        g.setFill(textColor.getValue());
        g.fillText(text, x + 24, y);
        javafx.scene.text.Text measure = new javafx.scene.text.Text(text);
        measure.setFont(g.getFont());
        return x + 24 + measure.getLayoutBounds().getWidth() + 18;
    }

    private static double crisp(double v) {
        return Math.floor(v) + 0.5;
    }

    /** Maps time and light to pixels. */
    private record Plot(double left, double top, double width, double height, Instant now) {
        Instant from() {
            return now.minus(LightHistory.WINDOW);
        }

        double right() {
            return left + width;
        }

        double bottom() {
            return top + height;
        }

        double x(Instant t) {
            double f = 1 - Duration.between(t, now).toMillis() / (double) LightHistory.WINDOW.toMillis();
            return left + Math.max(0, Math.min(1, f)) * width;
        }

        double y(int light) {
            double f = light / (double) Telemetry.MAX_LIGHT;
            return bottom() - Math.max(0, Math.min(1, f)) * height;
        }
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }
}
