package lab.nightlight.ui;

import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;

/**
 * When one start of the window reached its milestones, in milliseconds since the JVM started:
 * the window shown, its first frame (the first pulse after it is shown has laid the scene out
 * and hands it to the renderer: the earliest its content can be on screen), both panes
 * connected, the LED's first answer. Kept only with
 * {@code --snapshot}, which prints them as one JSON line once the picture is written, so that
 * {@code bench window} reports each milestone rather than the moment the PNG appeared (which
 * comes later by the snapshot's settle time and the PNG's encoding). On the FX thread.
 */
final class StartTimes {

    private final long jvmStart;
    private final LongSupplier clock;
    private long shown = -1;
    private long firstFrame = -1;
    private long connected = -1;
    private long answered = -1;

    StartTimes() {
        this(jvmCreationBegan(), System::currentTimeMillis);
    }

    /**
     * When the JVM began to be created. Not {@code RuntimeMXBean.getStartTime()}: that is when
     * its creation was done, after the start-up archive was mapped and the module system set up,
     * about 50 ms later here. The uptime counts from the beginning. What came before the JVM
     * (the launcher) is not counted: packaging/linux/launch-probe.sh times from the launcher.
     */
    private static long jvmCreationBegan() {
        long now = System.currentTimeMillis();
        return now - ManagementFactory.getRuntimeMXBean().getUptime();
    }

    StartTimes(long jvmStartMillis, LongSupplier clockMillis) {
        this.jvmStart = jvmStartMillis;
        this.clock = clockMillis;
    }

    void shown() {
        shown = shown < 0 ? since() : shown;
    }

    /** Called on every pulse; keeps the first one after the window was shown. */
    void pulse() {
        firstFrame = shown >= 0 && firstFrame < 0 ? since() : firstFrame;
    }

    void connected() {
        connected = connected < 0 ? since() : connected;
    }

    void answered() {
        answered = answered < 0 ? since() : answered;
    }

    long shownMs() {
        return shown;
    }

    long firstFrameMs() {
        return firstFrame;
    }

    long connectedMs() {
        return connected;
    }

    long answeredMs() {
        return answered;
    }

    /**
     * {@code {"event":"start","shown_ms":1650,"first_frame_ms":1700,"connected_ms":4210,"answered_ms":4380}};
     * -1 for a milestone not reached.
     */
    String json() {
        return "{\"event\":\"start\",\"shown_ms\":" + shown + ",\"first_frame_ms\":" + firstFrame
                + ",\"connected_ms\":" + connected
                + ",\"answered_ms\":" + answered + "}";
    }

    private long since() {
        return clock.getAsLong() - jvmStart;
    }
}
