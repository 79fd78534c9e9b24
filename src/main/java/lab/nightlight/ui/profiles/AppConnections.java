package lab.nightlight.ui.profiles;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import lab.nightlight.App;
import lab.nightlight.Pane;
import lab.nightlight.SessionOptions;
import lab.nightlight.broker.BrokerInfo;
import lab.nightlight.broker.BrokerSettings;
import lab.nightlight.settings.ConnectionProfile;

/** {@link Connections} over the running {@link App}. */
public final class AppConnections implements Connections {

    private final App app;

    public AppConnections(App app) {
        this.app = Objects.requireNonNull(app);
    }

    @Override
    public ConnectionProfile profile(Pane pane) {
        return app.profile(pane);
    }

    @Override
    public SessionOptions sessionOptions(Pane pane) {
        return app.sessionOptions(pane);
    }

    @Override
    public String clientId(Pane pane) {
        App.Pair pair = app.pair();
        if (pair == null) {
            return "-";
        }
        return pane == Pane.DEVICE ? pair.device().topics().deviceClientId() : pair.server().topics().serverClientId();
    }

    @Override
    public CompletableFuture<?> switchProfiles(ConnectionProfile device, ConnectionProfile server) {
        return app.switchProfiles(device, server);
    }

    @Override
    public CompletableFuture<?> setSessionOptions(Pane pane, SessionOptions options) {
        return app.setSessionOptions(pane, options);
    }

    @Override
    public BrokerSettings embeddedSettings() {
        return app.embeddedSettings();
    }

    @Override
    public CompletableFuture<BrokerInfo> restartEmbedded(BrokerSettings settings) {
        return app.restartEmbedded(settings);
    }
}
