package lab.nightlight.ui.packets;

import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import lab.nightlight.trace.PacketType;

/**
 * Draws the sequence diagram on a canvas: a lifeline per column, one arrow per packet, newest at
 * the bottom. Knows geometry only; the controller tells it what to draw and asks it what was hit.
 */
final class SequenceRenderer {

    static final double HEADER = 44;
    static final double ROW = 26;
    private static final Map<Lifeline, Double> COLUMNS = Map.of(
            Lifeline.DEVICE, 0.10, Lifeline.BROKER, 0.42, Lifeline.SERVER, 0.72, Lifeline.OTHER, 0.91);

    private final Map<Lifeline, String> names;
    private boolean dark;

    SequenceRenderer(Map<Lifeline, String> names) {
        this.names = names;
    }

    static double x(Lifeline l, double width) {
        return COLUMNS.get(l) * width;
    }

    /** How many rows fit under the header. */
    static int rows(double height) {
        return Math.max(1, (int) ((height - HEADER - 8) / ROW));
    }

    /** The first arrow shown when the last {@code back} arrows are scrolled away. */
    static int first(int count, double height, int back) {
        return Math.max(0, count - back - rows(height));
    }

    /** The arrow index under y, or -1. */
    static int hit(double y, int count, double height, int back) {
        if (y < HEADER) {
            return -1;
        }
        int i = first(count, height, back) + (int) ((y - HEADER) / ROW);
        return i < count - back ? i : -1;
    }

    /**
     * @param progress how far the newest arrow is drawn (1 = whole; below 1 in slow motion)
     * @param dark     the window's dark theme: a dark background and light labels
     */
    void draw(GraphicsContext g, double width, double height, List<Arrow> arrows, Arrow selected, int back,
              double progress, boolean dark) {
        this.dark = dark;
        g.setFill(Color.web(dark ? "#161b22" : "#fbfbfd"));
        g.fillRect(0, 0, width, height);
        g.setFont(Font.font(null, FontWeight.BOLD, 14));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (Lifeline l : Lifeline.values()) {
            double x = x(l, width);
            g.setFill(Color.web(l == Lifeline.BROKER ? "#37474f" : dark ? "#546e7a" : "#455a64"));
            g.fillRoundRect(x - 58, 8, 116, 28, 10, 10);
            g.setFill(Color.WHITE);
            g.fillText(names.get(l), x, 22);
            g.setStroke(Color.web(dark ? "#546e7a" : "#b0bec5"));
            g.setLineWidth(2);
            g.setLineDashes(6, 5);
            g.strokeLine(x, HEADER, x, height);
        }
        g.setLineDashes();
        g.setFont(Font.font(12));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        int end = Math.max(0, arrows.size() - back);
        int start = first(arrows.size(), height, back);
        for (int i = start; i < end; i++) {
            Arrow a = arrows.get(i);
            double y = HEADER + (i - start) * ROW + ROW * 0.72;
            boolean newest = i == arrows.size() - 1;
            drawArrow(g, a, width, y, a == selected, newest ? progress : 1);
        }
    }

    private void drawArrow(GraphicsContext g, Arrow a, double width, double y, boolean selected, double progress) {
        double x1 = x(a.from(), width);
        double x2 = x(a.to(), width);
        double xe = x1 + (x2 - x1) * progress;
        if (selected) {
            g.setFill(Color.web(dark ? "#4a3f10" : "#fff3c4"));
            g.fillRect(0, y - ROW * 0.72, width, ROW);
        }
        Color c = colour(a.packet().type());
        if (dark) {
            c = c.deriveColor(0, 0.8, 1.9, 1);
        }
        g.setStroke(c);
        g.setFill(c);
        g.setLineWidth(selected ? 3 : 2);
        g.strokeLine(x1, y, xe, y);
        double dir = Math.signum(x2 - x1);
        g.fillPolygon(new double[] {xe, xe - 9 * dir, xe - 9 * dir}, new double[] {y, y - 5, y + 5}, 3);
        g.setFill(Color.web(dark ? "#e6edf3" : "#263238"));
        g.fillText(a.label(), Math.min(x1, x2) + 8, y - 3, Math.abs(x2 - x1) - 16);
    }

    static Color colour(PacketType type) {
        return switch (type) {
            case PUBLISH -> Color.web("#1565c0");
            case PUBACK, PUBREC, PUBREL, PUBCOMP -> Color.web("#2e7d32");
            case CONNECT, CONNACK, SUBSCRIBE, SUBACK, UNSUBSCRIBE, UNSUBACK, AUTH -> Color.web("#6a1b9a");
            case PINGREQ, PINGRESP -> Color.web("#78909c");
            case DISCONNECT -> Color.web("#c62828");
        };
    }
}
