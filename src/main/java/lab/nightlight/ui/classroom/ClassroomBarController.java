package lab.nightlight.ui.classroom;

import java.util.Locale;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.util.StringConverter;

/** The language list and the guide and presenter toggles; the shell rebuilds on a new language. */
public final class ClassroomBarController {

    private final ClassroomViewModel model;

    @FXML
    private ComboBox<Locale> languageChoice;
    @FXML
    private ToggleButton sidePanelToggle;
    @FXML
    private ToggleButton presenterToggle;

    public ClassroomBarController(ClassroomViewModel model) {
        this.model = Objects.requireNonNull(model);
    }

    @FXML
    private void initialize() {
        languageChoice.getItems().setAll(Languages.available());
        languageChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale locale) {
                return locale == null ? "" : Languages.nativeName(locale);
            }

            @Override
            public Locale fromString(String s) {
                return Languages.forCode(s);
            }
        });
        // Each language's name in its own letters: in an English window "한국어" still needs a
        // Hangul font, which JavaFX's fallback may not find (it skips CFF fonts on Linux).
        languageChoice.setCellFactory(list -> new NativeNameCell());
        languageChoice.setButtonCell(new NativeNameCell());
        languageChoice.setValue(model.languageProperty().get());
        // Set after the value: the shell rebuilds the window (and this bar) on a change.
        languageChoice.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                model.languageProperty().set(value);
            }
        });
        sidePanelToggle.selectedProperty().bindBidirectional(model.sidePanelProperty());
        presenterToggle.selectedProperty().bindBidirectional(model.presenterProperty());
    }

    /** A language's own name, in a font that has its letters. */
    private static final class NativeNameCell extends ListCell<Locale> {
        @Override
        protected void updateItem(Locale locale, boolean empty) {
            super.updateItem(locale, empty);
            setText(empty || locale == null ? null : Languages.nativeName(locale));
            String family = empty || locale == null ? null : lab.nightlight.ui.Theme.fontFamilyFor(locale);
            setStyle(family == null ? null : "-fx-font-family: \"" + family + "\";");
        }
    }
}
