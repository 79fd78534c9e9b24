package lab.nightlight.ui.profiles;

import java.util.concurrent.CompletableFuture;
import lab.nightlight.Pane;
import lab.nightlight.SessionOptions;
import lab.nightlight.broker.BrokerInfo;
import lab.nightlight.broker.BrokerSettings;
import lab.nightlight.settings.ConnectionProfile;

/**
 * What the connection dialog may ask of the app: the panes' profiles and session options, and
 * the embedded broker's settings (classroom mode). The window passes the {@code App}; tests a
 * stand-in. Futures may complete on any thread, or never (a pane that keeps retrying).
 */
public interface Connections {

    ConnectionProfile profile(Pane pane);

    SessionOptions sessionOptions(Pane pane);

    /** The lesson's client id of a pane, for display. */
    String clientId(Pane pane);

    CompletableFuture<?> switchProfiles(ConnectionProfile device, ConnectionProfile server);

    CompletableFuture<?> setSessionOptions(Pane pane, SessionOptions options);

    BrokerSettings embeddedSettings();

    CompletableFuture<BrokerInfo> restartEmbedded(BrokerSettings settings);
}
