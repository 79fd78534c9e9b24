package lab.nightlight.ui.profiles;

import java.io.File;
import java.util.Objects;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import lab.nightlight.mqtt.MqttVersion;
import lab.nightlight.mqtt.Transport;
import lab.nightlight.ui.Texts;

/** Binds the connection dialog's fields to its {@link ProfileFormViewModel}; nothing else. */
public final class ProfileDialogController {

    private final ProfileFormViewModel model;
    private final Texts texts;

    @FXML
    private Label publicWarning;
    @FXML
    private ComboBox<Target> target;
    @FXML
    private ComboBox<Preset> preset;
    @FXML
    private TextField host;
    @FXML
    private TextField port;
    @FXML
    private ComboBox<Transport> transport;
    @FXML
    private TextField path;
    @FXML
    private ComboBox<MqttVersion> version;
    @FXML
    private TextField username;
    @FXML
    private PasswordField password;
    @FXML
    private CheckBox remember;
    @FXML
    private TextField caFile;
    @FXML
    private Button chooseCa;
    @FXML
    private CheckBox trustAny;
    @FXML
    private Label trustWarning;
    @FXML
    private Label url;
    @FXML
    private Label plugNote;
    @FXML
    private Label clientIds;
    @FXML
    private TextField keepAlive;
    @FXML
    private CheckBox cleanStart;
    @FXML
    private TextField expiry;
    @FXML
    private CheckBox classroom;
    @FXML
    private TextField classroomUser;
    @FXML
    private PasswordField classroomPassword;
    @FXML
    private Label problem;

    public ProfileDialogController(ProfileFormViewModel model, Texts texts) {
        this.model = Objects.requireNonNull(model);
        this.texts = Objects.requireNonNull(texts);
    }

    @FXML
    private void initialize() {
        choices(target, Target.values(), t -> texts.get(t.key()));
        choices(preset, Preset.values(), p -> texts.get(p.key()));
        choices(transport, Transport.values(), ProfileDialogController::transportKey);
        choices(version, MqttVersion.values(), v -> "MQTT " + v.label());
        target.valueProperty().bindBidirectional(model.targetProperty());
        preset.valueProperty().bindBidirectional(model.presetProperty());
        transport.valueProperty().bindBidirectional(model.transportProperty());
        version.valueProperty().bindBidirectional(model.versionProperty());
        host.textProperty().bindBidirectional(model.hostProperty());
        port.textProperty().bindBidirectional(model.portProperty());
        path.textProperty().bindBidirectional(model.pathProperty());
        username.textProperty().bindBidirectional(model.usernameProperty());
        password.textProperty().bindBidirectional(model.passwordProperty());
        remember.selectedProperty().bindBidirectional(model.rememberPasswordProperty());
        caFile.textProperty().bindBidirectional(model.caFileProperty());
        trustAny.selectedProperty().bindBidirectional(model.trustAnyProperty());
        keepAlive.textProperty().bindBidirectional(model.keepAliveProperty());
        cleanStart.selectedProperty().bindBidirectional(model.cleanStartProperty());
        expiry.textProperty().bindBidirectional(model.sessionExpiryProperty());
        classroom.selectedProperty().bindBidirectional(model.classroomProperty());
        classroomUser.textProperty().bindBidirectional(model.classroomUserProperty());
        classroomPassword.textProperty().bindBidirectional(model.classroomPasswordProperty());

        url.textProperty().bind(model.urlProperty());
        clientIds.textProperty().bind(model.clientIdsProperty());
        problem.textProperty().bind(model.problemProperty());
        showWhenText(problem);
        publicWarning.textProperty().bind(model.publicWarningProperty());
        showWhenText(publicWarning);
        plugNote.textProperty().bind(model.plugNoteProperty());
        showWhenText(plugNote);
        trustWarning.visibleProperty().bind(trustAny.selectedProperty().and(model.externalProperty()));
        trustWarning.managedProperty().bind(trustWarning.visibleProperty());

        var internal = model.externalProperty().not();
        for (var node : new javafx.scene.Node[] {host, port, transport, username, password, remember, caFile, chooseCa,
                trustAny}) {
            node.disableProperty().bind(internal);
        }
        path.disableProperty().bind(model.webSocketProperty().not());
        classroomUser.disableProperty().bind(classroom.selectedProperty().not());
        classroomPassword.disableProperty().bind(classroom.selectedProperty().not());
    }

    static String transportKey(Transport t) {
        return switch (t) {
            case TCP -> "profiles.transport.tcp";
            case TLS -> "profiles.transport.tls";
            case WEBSOCKET -> "profiles.transport.ws";
            case SECURE_WEBSOCKET -> "profiles.transport.wss";
        };
    }

    private <T> void choices(ComboBox<T> box, T[] values, Function<T, String> label) {
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                if (value == null) {
                    return "";
                }
                String text = label.apply(value);
                return text.startsWith("profiles.") ? texts.get(text) : text;
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        });
    }

    private static void showWhenText(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    @FXML
    private void chooseCa() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("profiles.ca"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("profiles.ca.filter"),
                "*.crt", "*.pem", "*.cer"));
        File file = chooser.showOpenDialog(caFile.getScene().getWindow());
        if (file != null) {
            model.caFileProperty().set(file.getAbsolutePath());
        }
    }
}
