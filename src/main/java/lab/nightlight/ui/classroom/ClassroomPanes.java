package lab.nightlight.ui.classroom;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import lab.nightlight.ui.Views;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.MqttVersion;
import lab.nightlight.ui.Texts;
import lab.nightlight.ui.device.DeviceViewModel;
import lab.nightlight.ui.server.ServerViewModel;

/**
 * The classroom's part of one main window: makes the controllers of the classroom bar, the
 * presenter view and the side panel, and switches the device and server panes off in presenter
 * mode. The window asks it for controllers it does not know and calls {@link #wire} once.
 */
public final class ClassroomPanes {

    static final String CSS = "/lab/nightlight/ui/classroom/classroom.css";

    private final ClassroomViewModel classroom;
    private final DeviceViewModel device;
    private final ServerViewModel server;
    private final Texts texts;
    private final CodeViewModel code;

    public ClassroomPanes(ClassroomViewModel classroom, DeviceViewModel device, ServerViewModel server, Texts texts,
                          Supplier<BrokerAddress> broker, Supplier<MqttVersion> version) {
        this.classroom = Objects.requireNonNull(classroom);
        this.device = Objects.requireNonNull(device);
        this.server = Objects.requireNonNull(server);
        this.texts = Objects.requireNonNull(texts);
        this.code = new CodeViewModel(device, server, broker, version);
    }

    /** The controller for a classroom FXML, or null when the type is not one of ours. */
    public Object controller(Class<?> type) {
        if (type == ClassroomBarController.class) {
            return new ClassroomBarController(classroom);
        }
        if (type == PresenterController.class) {
            return new PresenterController(classroom, device, server, texts);
        }
        if (type == SidePanelController.class) {
            return new SidePanelController(classroom, classroom.guideModel(), code, texts);
        }
        return null;
    }

    public CodeViewModel code() {
        return code;
    }

    /**
     * Presenter mode on the loaded window: the panes give way to the large view, the root gets high
     * contrast. The side panel and the presenter view load the first time they are wanted.
     */
    public void wire(Parent root, Views views) {
        Views.onFirst(classroom.sidePanelProperty(), () ->
                ((BorderPane) root).setRight(views.load("/lab/nightlight/ui/classroom/SidePanel.fxml")));
        Views.onFirst(classroom.presenterProperty(), () -> ((StackPane) root.lookup("#centerStack")).getChildren()
                .add(views.load("/lab/nightlight/ui/classroom/Presenter.fxml")));
        root.getStylesheets().add(Objects.requireNonNull(ClassroomPanes.class.getResource(CSS)).toExternalForm());
        Node panes = root.lookup("#views");
        if (panes != null) {
            panes.visibleProperty().bind(classroom.presenterProperty().not());
            panes.managedProperty().bind(classroom.presenterProperty().not());
        }
        ChangeListener<Boolean> presenter = (obs, old, on) -> {
            root.getStyleClass().remove("presenter");
            if (on) {
                root.getStyleClass().add("presenter");
            }
        };
        classroom.presenterProperty().addListener(presenter);
        presenter.changed(null, null, classroom.presenterProperty().get());
    }
}
