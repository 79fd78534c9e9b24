package lab.nightlight.ui;

import java.text.NumberFormat;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableNumberValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import lab.nightlight.mqtt.Qos;

/** Small bits of view wiring the panes share. */
public final class Controls {

    private Controls() {
    }

    /** A QoS choice: the three levels with the lesson's names. */
    public static void qosChoice(ComboBox<Qos> box, Phrases phrases) {
        box.setItems(FXCollections.observableArrayList(Qos.values()));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Qos qos) {
                return qos == null ? "" : phrases.qos(qos);
            }

            @Override
            public Qos fromString(String text) {
                return null;
            }
        });
    }

    /** Keeps a status dot's style class ({@code status-on}, ...) in step with a state. */
    public static void statusDot(Region dot, ObservableValue<Phrases.Status> status) {
        Runnable apply = () -> {
            for (Phrases.Status s : Phrases.Status.values()) {
                dot.getStyleClass().remove(s.styleClass());
            }
            if (status.getValue() != null) {
                dot.getStyleClass().add(status.getValue().styleClass());
            }
        };
        status.addListener((obs, old, value) -> apply.run());
        apply.run();
    }

    /** A count as the student's locale writes it: 10,000. */
    public static StringBinding count(ObservableNumberValue value, Texts texts) {
        NumberFormat format = NumberFormat.getIntegerInstance(texts.locale());
        return Bindings.createStringBinding(() -> format.format(value.longValue()), value);
    }
}
