package lab.nightlight.ui.tools;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the app icon, a glowing nightlight LED on a night-blue tile, as PNGs from 16 to 512
 * pixels into {@code assets/icons} and the resources the jar carries. Run it from the project
 * folder when the icon changes:
 * {@code java -cp target/test-classes lab.nightlight.ui.tools.AppIconGenerator}.
 * It uses Java2D only, so it runs headless. {@code assets/icons/nightlight.svg} is the same
 * drawing by hand.
 */
public final class AppIconGenerator {

    public static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512};
    private static final Color NIGHT_TOP = new Color(0x25, 0x30, 0x5c);
    private static final Color NIGHT_BOTTOM = new Color(0x0e, 0x14, 0x2b);
    private static final Color LED = new Color(0xff, 0xb3, 0x00);

    private AppIconGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path assets = Path.of(args.length > 0 ? args[0] : "assets/icons");
        Path resources = Path.of(args.length > 1 ? args[1] : "src/main/resources/lab/nightlight/icons");
        Files.createDirectories(assets);
        Files.createDirectories(resources);
        for (int size : SIZES) {
            BufferedImage image = draw(size);
            String name = "nightlight-" + size + ".png";
            ImageIO.write(image, "png", assets.resolve(name).toFile());
            ImageIO.write(image, "png", resources.resolve(name).toFile());
        }
    }

    /** The icon at one size, drawn for that size (not scaled down from a large one). */
    public static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        float s = size;

        // the night-blue tile
        float inset = size <= 24 ? 0 : s * 0.04f;
        RoundRectangle2D tile = new RoundRectangle2D.Float(inset, inset, s - 2 * inset, s - 2 * inset, s * 0.42f, s * 0.42f);
        g.setPaint(new GradientPaint(0, 0, NIGHT_TOP, 0, s, NIGHT_BOTTOM));
        g.fill(tile);
        g.setClip(tile);

        float cx = s * 0.5f;
        float cy = s * 0.44f;
        float r = s * 0.19f;
        boolean detailed = size >= 32;

        // a crescent moon and two stars where there is room for them
        if (size >= 48) {
            Area moon = new Area(new Ellipse2D.Float(s * 0.13f, s * 0.12f, s * 0.19f, s * 0.19f));
            moon.subtract(new Area(new Ellipse2D.Float(s * 0.18f, s * 0.09f, s * 0.19f, s * 0.19f)));
            g.setColor(new Color(0xdd, 0xe4, 0xff, 210));
            g.fill(moon);
            g.setColor(new Color(255, 255, 255, 180));
            star(g, s * 0.8f, s * 0.19f, s * 0.022f);
            star(g, s * 0.86f, s * 0.34f, s * 0.014f);
        }

        // the glow around the LED
        float glow = r * 2.6f;
        g.setPaint(new RadialGradientPaint(new Point2D.Float(cx, cy), glow, new float[] {0f, 0.4f, 1f},
                new Color[] {withAlpha(LED, 210), withAlpha(LED, 80), withAlpha(LED, 0)}));
        g.fill(new Ellipse2D.Float(cx - glow, cy - glow, glow * 2, glow * 2));

        // the legs
        float bodyBottom = cy + r * (detailed ? 1.35f : 1.0f);
        if (detailed) {
            g.setColor(new Color(0xc3, 0xca, 0xd8));
            g.setStroke(new BasicStroke(Math.max(1f, s * 0.032f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new java.awt.geom.Line2D.Float(cx - r * 0.42f, bodyBottom, cx - r * 0.42f, s * 0.9f));
            g.draw(new java.awt.geom.Line2D.Float(cx + r * 0.42f, bodyBottom, cx + r * 0.42f, s * 0.84f));
        }

        // the lamp: a dome (round top, straight sides), bright inside, amber at the edge
        Area body = new Area(new Ellipse2D.Float(cx - r, cy - r, r * 2, r * 2));
        if (detailed) {
            body.add(new Area(new java.awt.geom.Rectangle2D.Float(cx - r, cy, r * 2, bodyBottom - cy)));
        }
        g.setPaint(new RadialGradientPaint(new Point2D.Float(cx - r * 0.15f, cy - r * 0.2f), r * 1.5f,
                new float[] {0f, 0.45f, 1f},
                new Color[] {new Color(0xff, 0xf8, 0xe0), new Color(0xff, 0xc9, 0x3c), new Color(0xe0, 0x8a, 0x00)},
                MultipleGradientPaint.CycleMethod.NO_CYCLE));
        g.fill(body);
        if (detailed) {
            // the flange at the base of a 5 mm LED
            float fh = Math.max(1.5f, r * 0.22f);
            g.setColor(new Color(0xf0, 0x9a, 0x00));
            g.fill(new RoundRectangle2D.Float(cx - r * 1.18f, bodyBottom - fh, r * 2.36f, fh, fh, fh));
        }

        // the highlight that makes it glass
        if (size >= 24) {
            float hr = r * 0.36f;
            float hx = cx - r * 0.38f;
            float hy = cy - r * 0.4f;
            g.setPaint(new RadialGradientPaint(new Point2D.Float(hx, hy), hr, new float[] {0f, 1f},
                    new Color[] {new Color(255, 255, 255, 235), new Color(255, 255, 255, 0)}));
            g.fill(new Ellipse2D.Float(hx - hr, hy - hr, hr * 2, hr * 2));
        }
        g.dispose();
        return image;
    }

    private static void star(Graphics2D g, float x, float y, float r) {
        g.fill(new Ellipse2D.Float(x - r, y - r, r * 2, r * 2));
    }

    private static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
