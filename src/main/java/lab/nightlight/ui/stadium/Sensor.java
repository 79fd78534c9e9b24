package lab.nightlight.ui.stadium;

import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import lab.nightlight.device.DeviceListener;
import lab.nightlight.device.VirtualDevice;
import lab.nightlight.lesson.Telemetry;
import lab.nightlight.mqtt.ConnectionState;
import lab.nightlight.mqtt.Qos;

/**
 * One of the stadium's light sensors as the threads see it: the level the teacher set, whether
 * it is noisy, and, written by the MQTT client's threads, its connection state, LED, last reading
 * and commands. No JavaFX: every change only raises a flag and calls {@code onDirty} once until
 * the FX thread has {@link #takeDirty() taken} it, so a flood becomes one update per frame.
 */
final class Sensor implements DeviceListener {

    private final String name;
    private volatile Runnable onDirty = () -> { };
    private final AtomicBoolean dirty = new AtomicBoolean();

    private volatile int level;
    private volatile boolean noisy;
    private volatile ConnectionState state = new ConnectionState.Idle();
    private volatile boolean failed;
    private volatile boolean ledOn;
    private volatile int reading = -1;
    private final AtomicLong commands = new AtomicLong();
    /** When the sensor next reports (System.nanoTime), kept by the session's worker. */
    long nextReportNanos;

    private VirtualDevice device;
    private boolean closed;

    /**
     * @param name its segment of the topics, {@code <id>/<name>/telemetry}
     */
    Sensor(String name, int level) {
        this.name = Objects.requireNonNull(name);
        setLevel(level);
    }

    /**
     * Who hears of a change: called from any thread when there is something new to show, at
     * most once until {@link #takeDirty()}.
     */
    void onDirty(Runnable listener) {
        onDirty = Objects.requireNonNull(listener);
    }

    String name() {
        return name;
    }

    int level() {
        return level;
    }

    void setLevel(int value) {
        level = Math.max(Telemetry.MIN_LIGHT, Math.min(Telemetry.MAX_LIGHT, value));
    }

    boolean noisy() {
        return noisy;
    }

    void setNoisy(boolean on) {
        noisy = on;
    }

    ConnectionState state() {
        return state;
    }

    /** True when no connection could even be made (no broker to connect to). */
    boolean failed() {
        return failed;
    }

    boolean ledOn() {
        return ledOn;
    }

    /** The last reading sent, or -1 before the first. */
    int reading() {
        return reading;
    }

    long commands() {
        return commands.get();
    }

    /** Clears the flag; the caller then reads the fields, so a change after this raises it again. */
    boolean takeDirty() {
        return dirty.getAndSet(false);
    }

    private void changed() {
        if (dirty.compareAndSet(false, true)) {
            onDirty.run();
        }
    }

    /**
     * Takes the device once its connection exists and runs {@code start} (connect), under the
     * lock {@link #close()} takes, so a removal cannot fall between the two and leave a client
     * connected. False, and nothing started, if the sensor was removed meanwhile.
     */
    synchronized boolean attach(VirtualDevice d, Runnable start) {
        if (closed) {
            return false;
        }
        device = d;
        d.addListener(this);
        start.run();
        return true;
    }

    synchronized VirtualDevice device() {
        return closed ? null : device;
    }

    void connectionFailed() {
        failed = true;
        changed();
    }

    void stateChanged(ConnectionState next) {
        state = next;
        changed();
    }

    /** Ends the device: it says goodbye (a DISCONNECT) and its client stops. Safe to call twice. */
    synchronized CompletableFuture<Void> close() {
        if (closed) {
            return CompletableFuture.completedFuture(null);
        }
        closed = true;
        if (device == null) {
            return CompletableFuture.completedFuture(null);
        }
        device.removeListener(this);
        device.close();
        return device.disconnect();
    }

    @Override
    public void telemetrySent(Telemetry telemetry, Qos qos, Instant at) {
        reading = telemetry.light();
        changed();
    }

    @Override
    public void ledChanged(boolean on, boolean retained, Instant at) {
        ledOn = on;
        commands.incrementAndGet();
        changed();
    }
}
