package lab.nightlight.ui.classroom;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import lab.nightlight.codegen.CodeSettings;
import lab.nightlight.guide.LessonStep;
import lab.nightlight.ui.Texts;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The side drawer: the lesson guide (steps that tick themselves, the lesson's questions) and the
 * code for the current settings with a Copy button. Shown by the bar's toggle, hidden in
 * presenter mode.
 */
public final class SidePanelController {

    private final ClassroomViewModel classroom;
    private final GuideViewModel guide;
    private final CodeViewModel code;
    private final Texts texts;

    @FXML
    private TabPane sidePanel;
    @FXML
    private VBox guideSteps;
    @FXML
    private Label guideProgress;
    @FXML
    private ToggleGroup codeKinds;
    @FXML
    private ToggleButton pythonServerButton;
    @FXML
    private ToggleButton pythonDeviceButton;
    @FXML
    private ToggleButton arduinoDeviceButton;
    @FXML
    private Label codeSettings;
    @FXML
    private TextArea codeText;
    @FXML
    private Label copied;

    public SidePanelController(ClassroomViewModel classroom, GuideViewModel guide, CodeViewModel code, Texts texts) {
        this.classroom = Objects.requireNonNull(classroom);
        this.guide = Objects.requireNonNull(guide);
        this.code = Objects.requireNonNull(code);
        this.texts = Objects.requireNonNull(texts);
    }

    @FXML
    private void initialize() {
        var shown = classroom.sidePanelProperty().and(classroom.presenterProperty().not());
        sidePanel.visibleProperty().bind(shown);
        sidePanel.managedProperty().bind(shown);

        for (LessonStep step : LessonStep.values()) {
            guideSteps.getChildren().add(stepLabel(step));
        }
        guideProgress.textProperty().bind(Bindings.createStringBinding(
                () -> texts.format("guide.progress", guide.doneCountProperty().get(), LessonStep.values().length),
                guide.doneCountProperty()));

        pythonServerButton.setUserData(CodeViewModel.Kind.PYTHON_SERVER);
        pythonDeviceButton.setUserData(CodeViewModel.Kind.PYTHON_DEVICE);
        arduinoDeviceButton.setUserData(CodeViewModel.Kind.ARDUINO_DEVICE);
        codeKinds.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one program is always shown
            } else {
                code.kindProperty().set((CodeViewModel.Kind) now.getUserData());
            }
        });
        for (Toggle t : codeKinds.getToggles()) {
            t.setSelected(t.getUserData() == code.kindProperty().get());
        }
        code.refresh();
        codeText.textProperty().bind(code.codeProperty());
        codeSettings.textProperty().bind(Bindings.createStringBinding(() -> describe(code.settingsProperty().get()),
                code.settingsProperty()));
        // A new address or program clears the "copied" note: it no longer describes the text.
        code.codeProperty().addListener((obs, old, now) -> copied.setText(""));
        sidePanel.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> code.refresh());
    }

    /** A step as a check mark or an empty circle plus the words "done" or "to do": never colour alone. */
    private Label stepLabel(LessonStep step) {
        Label label = new Label();
        label.getStyleClass().add("guide-step");
        label.setId("guide-" + step.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        label.setWrapText(true);
        label.setFocusTraversable(true);
        var done = guide.doneProperty(step);
        label.textProperty().bind(Bindings.createStringBinding(() -> texts.format(
                done.get() ? "guide.step.done" : "guide.step.todo", texts.get(step.key())), done));
        label.accessibleTextProperty().bind(label.textProperty());
        label.graphicProperty().bind(Bindings.createObjectBinding(() -> {
            FontIcon icon = new FontIcon(done.get() ? "mdi2c-checkbox-marked-circle" : "mdi2c-checkbox-blank-circle-outline");
            icon.setIconSize(18);
            icon.getStyleClass().add(done.get() ? "guide-done-icon" : "guide-todo-icon");
            return icon;
        }, done));
        done.addListener((obs, old, now) -> label.pseudoClassStateChanged(DONE, now));
        label.pseudoClassStateChanged(DONE, done.get());
        return label;
    }

    private static final javafx.css.PseudoClass DONE = javafx.css.PseudoClass.getPseudoClass("done");

    private String describe(CodeSettings s) {
        if (s == null) {
            return texts.get("code.settings.none");
        }
        return texts.format("code.settings", s.topics().id(), s.broker().url(), s.threshold(), s.telemetryQos(),
                s.commandQos(), texts.get(s.retainCommands() ? "code.retain.yes" : "code.retain.no"),
                s.intervalSeconds());
    }

    @FXML
    private void resetGuide() {
        guide.reset();
    }

    @FXML
    private void copyCode() {
        ClipboardContent content = new ClipboardContent();
        content.putString(codeText.getText());
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        copied.setText(texts.get("code.copied"));
    }
}
