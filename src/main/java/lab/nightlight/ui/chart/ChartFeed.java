package lab.nightlight.ui.chart;

import java.time.Instant;
import java.util.Objects;
import lab.nightlight.device.DeviceListener;
import lab.nightlight.device.VirtualDevice;
import lab.nightlight.server.LogEntry;
import lab.nightlight.server.NightlightServer;
import lab.nightlight.server.ServerListener;

/**
 * Feeds the chart: the light readings the server received, and the LED as the device reports
 * it. The shading is the real LED, so when the server pane is disconnected the chart shows the
 * LED staying as it was. Use on the FX thread.
 */
public final class ChartFeed {

    private final LightHistory history;
    private final ServerListener serverListener = new ServerListener() {
        @Override
        public void logged(LogEntry entry) {
            if (!entry.rejected()) {
                history.addLight(entry.receivedAt(), entry.telemetry().light());
            }
        }
    };
    private final DeviceListener deviceListener = new DeviceListener() {
        @Override
        public void ledChanged(boolean on, boolean retained, Instant at) {
            history.led(at, on);
        }
    };
    private VirtualDevice device;
    private NightlightServer server;

    public ChartFeed(LightHistory history) {
        this.history = Objects.requireNonNull(history);
    }

    public LightHistory history() {
        return history;
    }

    /** Follows a new device and server (after an id change), from a fresh chart. */
    public void attach(VirtualDevice nextDevice, NightlightServer nextServer) {
        detach();
        device = nextDevice;
        server = nextServer;
        history.clear();
        history.led(Instant.now(), device.ledOn());
        device.addListener(deviceListener);
        server.addListener(serverListener);
    }

    public void detach() {
        if (device != null) {
            device.removeListener(deviceListener);
            server.removeListener(serverListener);
            device = null;
            server = null;
        }
    }
}
