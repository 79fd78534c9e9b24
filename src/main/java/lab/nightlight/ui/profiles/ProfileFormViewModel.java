package lab.nightlight.ui.profiles;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import lab.nightlight.Pane;
import lab.nightlight.SessionOptions;
import lab.nightlight.broker.BrokerSettings;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.MqttVersion;
import lab.nightlight.mqtt.Transport;
import lab.nightlight.settings.ConnectionProfile;
import lab.nightlight.settings.Profiles;
import lab.nightlight.ui.Texts;
import lab.nightlight.ui.messages.MessagesViewModel;

/**
 * The connection dialog's form: which pane(s), which broker, how to reach it (transport, version,
 * login, TLS trust), the session, and classroom mode. Validates as the user types and says what is
 * wrong in one sentence; {@link #apply()} hands the result to the app and the saved settings.
 * No nodes here; use on the FX thread.
 */
public final class ProfileFormViewModel {

    /** Saves the panes' profiles (off the FX thread: the implementation decides). */
    @FunctionalInterface
    public interface Saver {
        void save(ConnectionProfile device, ConnectionProfile server);
    }

    static final String TOPIC = "profiles";
    static final String PUBLIC_HOST = "test.mosquitto.org";
    /** Profile names as the settings file keeps them (see {@link Profiles}); the dialog shows {@link Preset#key()}. */
    static final String LOCAL_NAME = "Local Mosquitto";
    static final String CUSTOM_NAME = "Custom";
    static final String PUBLIC_NAME = "test.mosquitto.org";
    static final String CLASSROOM_BIND = "0.0.0.0";

    private final Texts texts;
    private final MessagesViewModel messages;
    private final Connections connections;
    private final Saver saver;

    private final ObjectProperty<Target> target = new SimpleObjectProperty<>(this, "target", Target.BOTH);
    private final ObjectProperty<Preset> preset = new SimpleObjectProperty<>(this, "preset", Preset.EMBEDDED);
    private final StringProperty host = new SimpleStringProperty(this, "host", "");
    private final StringProperty port = new SimpleStringProperty(this, "port", "");
    private final ObjectProperty<Transport> transport = new SimpleObjectProperty<>(this, "transport", Transport.TCP);
    private final StringProperty path = new SimpleStringProperty(this, "path", BrokerAddress.DEFAULT_WEBSOCKET_PATH);
    private final ObjectProperty<MqttVersion> version = new SimpleObjectProperty<>(this, "version", MqttVersion.V5);
    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final BooleanProperty rememberPassword = new SimpleBooleanProperty(this, "rememberPassword");
    private final StringProperty caFile = new SimpleStringProperty(this, "caFile", "");
    private final BooleanProperty trustAny = new SimpleBooleanProperty(this, "trustAny");
    private final StringProperty keepAlive = new SimpleStringProperty(this, "keepAlive", "60");
    private final BooleanProperty cleanStart = new SimpleBooleanProperty(this, "cleanStart", true);
    private final StringProperty sessionExpiry = new SimpleStringProperty(this, "sessionExpiry", "0");
    private final BooleanProperty classroom = new SimpleBooleanProperty(this, "classroom");
    private final StringProperty classroomUser = new SimpleStringProperty(this, "classroomUser", "");
    private final StringProperty classroomPassword = new SimpleStringProperty(this, "classroomPassword", "");

    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final ReadOnlyStringWrapper url = new ReadOnlyStringWrapper(this, "url", "");
    private final ReadOnlyStringWrapper publicWarning = new ReadOnlyStringWrapper(this, "publicWarning", "");
    private final ReadOnlyStringWrapper plugNote = new ReadOnlyStringWrapper(this, "plugNote", "");
    private final ReadOnlyBooleanWrapper external = new ReadOnlyBooleanWrapper(this, "external");
    private final ReadOnlyBooleanWrapper webSocket = new ReadOnlyBooleanWrapper(this, "webSocket");
    private final ReadOnlyStringWrapper clientIds = new ReadOnlyStringWrapper(this, "clientIds", "");
    private boolean filling;

    public ProfileFormViewModel(Texts texts, MessagesViewModel messages, Connections connections, Saver saver) {
        this.texts = Objects.requireNonNull(texts);
        this.messages = Objects.requireNonNull(messages);
        this.connections = Objects.requireNonNull(connections);
        this.saver = Objects.requireNonNull(saver);
        preset.addListener((obs, old, p) -> fillPreset(p));
        transport.addListener((obs, old, t) -> {
            if (!filling && preset.get() == Preset.PUBLIC) {
                port.set(String.valueOf(publicPort(t)));
            }
        });
        for (ObservableValue<?> v : new ObservableValue<?>[] {target, preset, host, port, transport, path, version,
                caFile, trustAny, keepAlive, sessionExpiry, classroom, classroomUser, classroomPassword}) {
            v.addListener((obs, old, now) -> validate());
        }
        reload();
    }

    /** Fills the form from what the app uses now (the device pane's profile first). */
    public void reload() {
        filling = true;
        try {
            Pane first = target.get().panes().get(0);
            ConnectionProfile current = connections.profile(first);
            preset.set(presetOf(current));
            fillFrom(current);
            SessionOptions s = connections.sessionOptions(first);
            keepAlive.set(String.valueOf(s.keepAliveSeconds()));
            cleanStart.set(s.cleanStart());
            sessionExpiry.set(String.valueOf(s.sessionExpirySeconds()));
            BrokerSettings broker = connections.embeddedSettings();
            classroom.set(!broker.loopbackOnly() && broker.requiresLogin());
            classroomUser.set(broker.username() == null ? "" : broker.username());
            classroomPassword.set(broker.password() == null ? "" : broker.password());
            clientIds.set(texts.format("profiles.clientId.lesson", connections.clientId(Pane.DEVICE),
                    connections.clientId(Pane.SERVER)));
        } finally {
            filling = false;
        }
        validate();
    }

    static Preset presetOf(ConnectionProfile p) {
        if (p.embedded()) {
            return Preset.EMBEDDED;
        }
        if (Profiles.PUBLIC_WARNING.equals(p.warningKey())) {
            return Preset.PUBLIC;
        }
        return LOCAL_NAME.equals(p.name()) ? Preset.LOCAL_MOSQUITTO : Preset.CUSTOM;
    }

    private void fillFrom(ConnectionProfile p) {
        version.set(p.version());
        username.set(p.username() == null ? "" : p.username());
        password.set(p.password() == null ? "" : p.password());
        rememberPassword.set(p.rememberPassword());
        caFile.set(p.caCertificate() == null ? "" : p.caCertificate());
        trustAny.set(p.trustAnyCertificate());
        if (!p.embedded()) {
            BrokerAddress a = p.address();
            host.set(a.host());
            port.set(String.valueOf(a.port()));
            transport.set(a.transport());
            path.set(a.path() == null || a.path().isEmpty() ? BrokerAddress.DEFAULT_WEBSOCKET_PATH : a.path());
        }
    }

    private void fillPreset(Preset p) {
        if (filling) {
            return;
        }
        filling = true;
        try {
            switch (p) {
                case LOCAL_MOSQUITTO -> {
                    host.set("localhost");
                    transport.set(Transport.TCP);
                    port.set(String.valueOf(BrokerAddress.DEFAULT_PORT));
                }
                case PUBLIC -> {
                    host.set(PUBLIC_HOST);
                    port.set(String.valueOf(publicPort(transport.get())));
                    username.set("");
                    password.set("");
                }
                default -> {
                    // Embedded needs nothing; Custom keeps what is typed.
                }
            }
        } finally {
            filling = false;
        }
    }

    /** The public broker's port for each transport, as test.mosquitto.org lists them. */
    static int publicPort(Transport t) {
        return switch (t) {
            case TCP -> 1883;
            case TLS -> 8886;
            case WEBSOCKET -> 8080;
            case SECURE_WEBSOCKET -> 8081;
        };
    }

    /** Checks the form; {@link #problemProperty()} holds the first sentence that applies, or "". */
    public void validate() {
        boolean isExternal = preset.get() != Preset.EMBEDDED;
        external.set(isExternal);
        webSocket.set(isExternal && transport.get() != null && transport.get().webSocket());
        publicWarning.set(preset.get() == Preset.PUBLIC ? texts.get("profile.public.warning") + " "
                + texts.get("profiles.public.ports") : "");
        plugNote.set(isExternal && transport.get() != Transport.TCP ? texts.get("profiles.noPlug") : "");
        String sentence = firstProblem();
        problem.set(sentence);
        valid.set(sentence.isEmpty());
    }

    private String firstProblem() {
        url.set("");
        if (preset.get() != Preset.EMBEDDED) {
            String h = host.get() == null ? "" : host.get().trim();
            if (h.isEmpty()) {
                return texts.get("profiles.problem.host");
            }
            Integer p = number(port.get(), 1, 65535);
            if (p == null) {
                return texts.get("profiles.problem.port");
            }
            String u = transport.get().scheme() + "://" + (h.contains(":") ? "[" + h + "]" : h) + ":" + p
                    + (transport.get().webSocket() ? normalisedPath() : "");
            try {
                url.set(BrokerAddress.parse(u).url());
            } catch (BrokerAddress.Invalid e) {
                return texts.format("profiles.problem.address", texts.format(e.kind().key(), e.value()));
            }
        }
        if (number(keepAlive.get(), 0, 65535) == null) {
            return texts.get("profiles.problem.keepAlive");
        }
        if (number(sessionExpiry.get(), 0, Integer.MAX_VALUE) == null) {
            return texts.get("profiles.problem.expiry");
        }
        if (classroom.get() && (blank(classroomUser.get()) || blank(classroomPassword.get()))) {
            return texts.get("profiles.classroom.needsLogin");
        }
        return "";
    }

    private String normalisedPath() {
        String p = path.get() == null ? "" : path.get().trim();
        return p.isEmpty() ? BrokerAddress.DEFAULT_WEBSOCKET_PATH : p.startsWith("/") ? p : "/" + p;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Integer number(String text, int min, int max) {
        try {
            int n = Integer.parseInt(text == null ? "" : text.trim());
            return n >= min && n <= max ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The profile the form describes; call only when valid. */
    public ConnectionProfile profile() {
        if (preset.get() == Preset.EMBEDDED) {
            return new ConnectionProfile("Embedded", true, null, version.get(), null, null, false, null, false, null);
        }
        String name = switch (preset.get()) {
            case LOCAL_MOSQUITTO -> LOCAL_NAME;
            case PUBLIC -> PUBLIC_NAME;
            default -> CUSTOM_NAME;
        };
        return new ConnectionProfile(name, false, url.get(), version.get(),
                blank(username.get()) ? null : username.get().trim(), blank(password.get()) ? null : password.get(),
                rememberPassword.get(), blank(caFile.get()) ? null : caFile.get().trim(), trustAny.get(),
                preset.get() == Preset.PUBLIC ? Profiles.PUBLIC_WARNING : null);
    }

    /** The session the form describes; call only when valid. */
    public SessionOptions session() {
        return new SessionOptions(version.get(), Integer.parseInt(keepAlive.get().trim()), cleanStart.get(),
                Long.parseLong(sessionExpiry.get().trim()));
    }

    /**
     * Connects the chosen pane(s) as the form says, restarts the embedded broker if classroom mode
     * changed, saves the profiles, and says so in the message area. Returns false (and changes
     * nothing) while the form has a problem. Does not wait for any network work.
     */
    public boolean apply() {
        validate();
        if (!valid.get()) {
            messages.warning(TOPIC, problem.get());
            return false;
        }
        BrokerSettings broker = connections.embeddedSettings();
        boolean wasClassroom = !broker.loopbackOnly() && broker.requiresLogin();
        if (classroom.get() && (!wasClassroom || !classroomUser.get().trim().equals(broker.username())
                || !classroomPassword.get().equals(broker.password()))) {
            connections.restartEmbedded(broker.withBindAddress(CLASSROOM_BIND)
                    .withCredentials(classroomUser.get().trim(), classroomPassword.get()));
        } else if (!classroom.get() && wasClassroom) {
            connections.restartEmbedded(broker.withBindAddress(BrokerSettings.LOOPBACK).withCredentials(null, null));
        }
        ConnectionProfile chosen = profile();
        SessionOptions session = session();
        for (Pane pane : target.get().panes()) {
            if (!session.equals(connections.sessionOptions(pane))) {
                connections.setSessionOptions(pane, session);
            }
        }
        ConnectionProfile device = target.get().panes().contains(Pane.DEVICE) ? chosen : connections.profile(Pane.DEVICE);
        ConnectionProfile server = target.get().panes().contains(Pane.SERVER) ? chosen : connections.profile(Pane.SERVER);
        connections.switchProfiles(device, server);
        saver.save(device, server);
        messages.info(TOPIC, texts.format("profiles.applied", texts.get(target.get().key()),
                chosen.embedded() ? texts.get("profiles.preset.embedded") : url.get()));
        return true;
    }

    public ObjectProperty<Target> targetProperty() {
        return target;
    }

    public ObjectProperty<Preset> presetProperty() {
        return preset;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public ObjectProperty<Transport> transportProperty() {
        return transport;
    }

    public StringProperty pathProperty() {
        return path;
    }

    public ObjectProperty<MqttVersion> versionProperty() {
        return version;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty rememberPasswordProperty() {
        return rememberPassword;
    }

    public StringProperty caFileProperty() {
        return caFile;
    }

    public BooleanProperty trustAnyProperty() {
        return trustAny;
    }

    public StringProperty keepAliveProperty() {
        return keepAlive;
    }

    public BooleanProperty cleanStartProperty() {
        return cleanStart;
    }

    public StringProperty sessionExpiryProperty() {
        return sessionExpiry;
    }

    public BooleanProperty classroomProperty() {
        return classroom;
    }

    public StringProperty classroomUserProperty() {
        return classroomUser;
    }

    public StringProperty classroomPasswordProperty() {
        return classroomPassword;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty urlProperty() {
        return url.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty publicWarningProperty() {
        return publicWarning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty plugNoteProperty() {
        return plugNote.getReadOnlyProperty();
    }

    /** False for the embedded broker: the address fields do not apply. */
    public ReadOnlyBooleanProperty externalProperty() {
        return external.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty webSocketProperty() {
        return webSocket.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty clientIdsProperty() {
        return clientIds.getReadOnlyProperty();
    }
}
