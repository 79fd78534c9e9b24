package lab.nightlight.ui.led;

import javafx.scene.control.SkinBase;
import javafx.scene.effect.DropShadow;
import javafx.scene.effect.BlurType;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Circle;

/**
 * Draws the LED as four circles: a soft halo (only when on), the lamp with a radial gradient, a
 * rim, and a small highlight that makes it read as glass. Everything derives from the control's
 * colour, so a picked colour glows as itself.
 */
public class LedIndicatorSkin extends SkinBase<LedIndicator> {

    private final Circle halo = new Circle();
    private final Circle lamp = new Circle();
    private final Circle rim = new Circle();
    private final Circle highlight = new Circle();
    private final DropShadow glow = new DropShadow(BlurType.GAUSSIAN, Color.TRANSPARENT, 30, 0.35, 0, 0);

    public LedIndicatorSkin(LedIndicator led) {
        super(led);
        halo.getStyleClass().add("halo");
        lamp.getStyleClass().add("lamp");
        rim.getStyleClass().add("rim");
        highlight.getStyleClass().add("highlight");
        rim.setFill(Color.TRANSPARENT);
        halo.setMouseTransparent(true);
        highlight.setMouseTransparent(true);
        getChildren().setAll(halo, lamp, rim, highlight);
        registerChangeListener(led.onProperty(), o -> paint());
        registerChangeListener(led.colorProperty(), o -> paint());
        paint();
    }

    private void paint() {
        LedIndicator led = getSkinnable();
        Color c = led.getColor() == null ? LedIndicator.DEFAULT_COLOR : led.getColor();
        if (led.isOn()) {
            lamp.setFill(new RadialGradient(0, 0, 0.45, 0.4, 0.65, true, CycleMethod.NO_CYCLE,
                    new Stop(0, Color.WHITE.interpolate(c, 0.25)),
                    new Stop(0.45, c.interpolate(Color.WHITE, 0.1)),
                    new Stop(1, c.deriveColor(0, 1, 0.8, 1))));
            halo.setFill(new RadialGradient(0, 0, 0.5, 0.5, 0.5, true, CycleMethod.NO_CYCLE,
                    new Stop(0.35, c.deriveColor(0, 1, 1, 0.55)),
                    new Stop(0.7, c.deriveColor(0, 1, 1, 0.18)),
                    new Stop(1, c.deriveColor(0, 1, 1, 0))));
            halo.setVisible(true);
            glow.setColor(c.deriveColor(0, 1, 1, 0.9));
            lamp.setEffect(glow);
            rim.setStroke(c.deriveColor(0, 1, 0.7, 1));
        } else {
            Color dark = c.deriveColor(0, 0.35, 0.32, 1);
            lamp.setFill(new RadialGradient(0, 0, 0.45, 0.4, 0.65, true, CycleMethod.NO_CYCLE,
                    new Stop(0, dark.interpolate(Color.WHITE, 0.25)),
                    new Stop(1, dark.deriveColor(0, 1, 0.6, 1))));
            halo.setVisible(false);
            lamp.setEffect(null);
            rim.setStroke(dark.deriveColor(0, 1, 0.7, 1));
        }
        highlight.setFill(new RadialGradient(0, 0, 0.5, 0.5, 0.5, true, CycleMethod.NO_CYCLE,
                new Stop(0, Color.rgb(255, 255, 255, led.isOn() ? 0.85 : 0.35)),
                new Stop(1, Color.rgb(255, 255, 255, 0))));
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double size = Math.min(w, h);
        double cx = x + w / 2;
        double cy = y + h / 2;
        double r = size * 0.3;
        place(halo, cx, cy, size / 2);
        place(lamp, cx, cy, r);
        place(rim, cx, cy, r);
        rim.setStrokeWidth(Math.max(1.5, r * 0.06));
        place(highlight, cx - r * 0.32, cy - r * 0.36, r * 0.32);
    }

    private static void place(Circle c, double cx, double cy, double r) {
        c.setCenterX(cx);
        c.setCenterY(cy);
        c.setRadius(r);
        c.setManaged(false);
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 120 + left + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 120 + top + bottom;
    }
}
