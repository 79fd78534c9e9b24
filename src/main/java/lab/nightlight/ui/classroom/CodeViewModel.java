package lab.nightlight.ui.classroom;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import lab.nightlight.codegen.ArduinoCode;
import lab.nightlight.codegen.CodeSettings;
import lab.nightlight.codegen.PythonCode;
import lab.nightlight.lesson.Topics;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.MqttVersion;
import lab.nightlight.ui.device.DeviceViewModel;
import lab.nightlight.ui.server.ServerViewModel;

/**
 * "Show me the code": the Python server, the Python device and the Arduino device for the
 * window's current settings (id, broker, threshold, QoS, retain, interval), rewritten whenever
 * one of them changes.
 */
public final class CodeViewModel {

    /** Which program to show. */
    public enum Kind { PYTHON_SERVER, PYTHON_DEVICE, ARDUINO_DEVICE }

    private final DeviceViewModel device;
    private final ServerViewModel server;
    private final Supplier<BrokerAddress> broker;
    private final Supplier<MqttVersion> version;
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.PYTHON_SERVER);
    private final ReadOnlyStringWrapper code = new ReadOnlyStringWrapper(this, "code", "");
    private final ReadOnlyObjectWrapper<CodeSettings> settings = new ReadOnlyObjectWrapper<>(this, "settings");

    /**
     * @param broker  where the student's code should connect (the broker the window uses)
     * @param version the MQTT version the window speaks
     */
    public CodeViewModel(DeviceViewModel device, ServerViewModel server, Supplier<BrokerAddress> broker,
                         Supplier<MqttVersion> version) {
        this.device = Objects.requireNonNull(device);
        this.server = Objects.requireNonNull(server);
        this.broker = Objects.requireNonNull(broker);
        this.version = Objects.requireNonNull(version);
        for (Observable o : new Observable[] {kind, device.currentIdProperty(), device.telemetryQosProperty(),
                device.intervalSecondsProperty(), server.thresholdProperty(), server.commandQosProperty(),
                server.retainCommandsProperty()}) {
            o.addListener(x -> refresh());
        }
        refresh();
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public ReadOnlyStringProperty codeProperty() {
        return code.getReadOnlyProperty();
    }

    /** The settings the code was written for (null until the device has an id). */
    public ReadOnlyObjectProperty<CodeSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    /** Writes the code again (also when the broker's address became known). */
    public void refresh() {
        String id = device.currentIdProperty().get();
        if (id == null || id.isBlank()) {
            settings.set(null);
            code.set("");
            return;
        }
        BrokerAddress address = broker.get() == null ? BrokerAddress.LOCAL_DEFAULT : broker.get();
        Integer interval = device.intervalSecondsProperty().get();
        CodeSettings s = new CodeSettings(new Topics(id), address, version.get(), server.thresholdProperty().get(),
                level(device.telemetryQosProperty().get()), level(server.commandQosProperty().get()),
                server.retainCommandsProperty().get(), interval == null ? 5 : interval);
        settings.set(s);
        code.set(switch (kind.get()) {
            case PYTHON_SERVER -> PythonCode.server(s);
            case PYTHON_DEVICE -> PythonCode.device(s);
            case ARDUINO_DEVICE -> ArduinoCode.device(s);
        });
    }

    private static int level(lab.nightlight.mqtt.Qos qos) {
        return qos == null ? 0 : qos.level();
    }
}
