package lab.nightlight.guide;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import lab.nightlight.device.DeviceListener;
import lab.nightlight.device.VirtualDevice;
import lab.nightlight.lesson.Command;
import lab.nightlight.lesson.Telemetry;
import lab.nightlight.mqtt.Qos;
import lab.nightlight.server.LogEntry;
import lab.nightlight.server.NightlightServer;
import lab.nightlight.server.ServerListener;

/**
 * The lesson as a checklist that ticks itself: it watches the device and the server and marks
 * each {@link LessonStep} when it happens for real through the broker. Steps stay ticked when the
 * device id changes; {@link #reset()} starts over.
 */
public final class LessonGuide {

    private final Map<LessonStep, Instant> done = new EnumMap<>(LessonStep.class);
    private final List<BiConsumer<LessonStep, Instant>> listeners = new CopyOnWriteArrayList<>();
    private AutoCloseable deviceState;

    /** Watches a device and a server (call again with the new ones after they are rebuilt). */
    public synchronized void watch(VirtualDevice device, NightlightServer server) {
        closeQuietly();
        deviceState = device.connection().onState(s -> {
            if (s.isConnected()) {
                tick(LessonStep.CONNECT_DEVICE);
            }
        });
        if (device.connection().state().isConnected()) {
            tick(LessonStep.CONNECT_DEVICE);
        }
        device.addListener(new DeviceListener() {
            @Override
            public void telemetrySent(Telemetry telemetry, Qos qos, Instant at) {
                tick(LessonStep.SEND_TELEMETRY);
            }

            @Override
            public void ledChanged(boolean on, boolean retained, Instant at) {
                tick(LessonStep.HANDLE_COMMAND);
            }
        });
        server.addListener(new ServerListener() {
            @Override
            public void logged(LogEntry entry) {
                if (!entry.rejected()) {
                    tick(LessonStep.RECEIVE_TELEMETRY);
                }
            }

            @Override
            public void commandSent(Command command, LogEntry cause) {
                tick(LessonStep.SEND_COMMAND);
            }
        });
    }

    /** Called with each step when it is first done. */
    public void onTick(BiConsumer<LessonStep, Instant> listener) {
        listeners.add(listener);
    }

    public synchronized boolean isDone(LessonStep step) {
        return done.containsKey(step);
    }

    public synchronized int doneCount() {
        return done.size();
    }

    public synchronized void reset() {
        done.clear();
    }

    private void tick(LessonStep step) {
        Instant now = Instant.now();
        synchronized (this) {
            if (done.putIfAbsent(step, now) != null) {
                return;
            }
        }
        listeners.forEach(l -> l.accept(step, now));
    }

    private void closeQuietly() {
        if (deviceState != null) {
            try {
                deviceState.close();
            } catch (Exception e) {
                // only removes a listener
            }
        }
    }
}
