package lab.nightlight.ui.classroom;

import java.text.NumberFormat;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableIntegerValue;
import lab.nightlight.ui.Texts;

/** Numbers written the way the window's language writes them. */
final class Numbers {

    private Numbers() {
    }

    static StringBinding integer(ObservableIntegerValue value, Texts texts) {
        NumberFormat format = NumberFormat.getIntegerInstance(texts.locale());
        return Bindings.createStringBinding(() -> format.format(value.get()), value);
    }
}
