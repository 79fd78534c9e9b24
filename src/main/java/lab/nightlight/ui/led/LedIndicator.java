package lab.nightlight.ui.led;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.BooleanPropertyBase;
import javafx.beans.property.ObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.PseudoClass;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.ColorConverter;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;

/**
 * The device's LED: a round lamp that glows in its colour when on and is dark glass when off.
 * The colour is a CSS property ({@code -nl-led-color}, by default the theme's {@code -nl-led-on})
 * that code or a colour picker may override, like CounterFit's LED. The state is also the
 * {@code :on} pseudo-class for styling; put it in words next to the lamp too, so colour is never
 * the only cue.
 */
public class LedIndicator extends Control {

    private static final PseudoClass ON = PseudoClass.getPseudoClass("on");
    static final Color DEFAULT_COLOR = Color.web("#ffb300");

    private final BooleanProperty on = new BooleanPropertyBase(false) {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(ON, get());
        }

        @Override
        public Object getBean() {
            return LedIndicator.this;
        }

        @Override
        public String getName() {
            return "on";
        }
    };

    private final StyleableObjectProperty<Color> color = new StyleableObjectProperty<>(DEFAULT_COLOR) {
        @Override
        public Object getBean() {
            return LedIndicator.this;
        }

        @Override
        public String getName() {
            return "color";
        }

        @Override
        public CssMetaData<? extends Styleable, Color> getCssMetaData() {
            return StyleableProperties.COLOR;
        }
    };

    public LedIndicator() {
        getStyleClass().add("led-indicator");
        setAccessibleRole(AccessibleRole.TEXT);
        setFocusTraversable(false);
    }

    public final BooleanProperty onProperty() {
        return on;
    }

    public final boolean isOn() {
        return on.get();
    }

    public final void setOn(boolean value) {
        on.set(value);
    }

    /** The colour it glows in when on. */
    public final ObjectProperty<Color> colorProperty() {
        return color;
    }

    public final Color getColor() {
        return color.get();
    }

    public final void setColor(Color value) {
        color.set(value);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new LedIndicatorSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return Objects.requireNonNull(LedIndicator.class.getResource("/lab/nightlight/ui/led/led.css")).toExternalForm();
    }

    private static final class StyleableProperties {
        static final CssMetaData<LedIndicator, Color> COLOR = new CssMetaData<>("-nl-led-color",
                ColorConverter.getInstance(), DEFAULT_COLOR) {
            @Override
            public boolean isSettable(LedIndicator led) {
                return !led.color.isBound();
            }

            @Override
            public StyleableProperty<Color> getStyleableProperty(LedIndicator led) {
                return led.color;
            }
        };

        static final List<CssMetaData<? extends Styleable, ?>> ALL;

        static {
            List<CssMetaData<? extends Styleable, ?>> list = new ArrayList<>(Control.getClassCssMetaData());
            list.add(COLOR);
            ALL = Collections.unmodifiableList(list);
        }
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return StyleableProperties.ALL;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }
}
