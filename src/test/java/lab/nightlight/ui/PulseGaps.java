package lab.nightlight.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.animation.AnimationTimer;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Gaps between FX pulses, phase by phase, for the window's benchmarks. An {@link AnimationTimer}
 * asks for a pulse every frame (as any running animation does) and notes each gap into the phase
 * open now; a pulse that comes late means the FX thread was busy and the window froze that long.
 * A watcher thread looks at the FX thread once in every pulse that is 100 ms overdue and prints
 * what it was doing to stderr, so a long gap comes with its cause. Close it to stop both.
 */
final class PulseGaps implements AutoCloseable {

    private static final long SLOW_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private static final long FROZEN_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    /** What one phase counted; {@code longestGapAtSeconds} is where in the phase the longest gap ended. */
    record Phase(double seconds, long pulses, double longestGapMs, double longestGapAtSeconds,
                 long gapsOver50ms, long gapsOver100ms) {

        double fps() {
            return pulses / seconds;
        }

        String json() {
            return String.format(Locale.ROOT, "{\"seconds\":%.2f,\"longest_gap_ms\":%.1f,\"longest_gap_at_s\":%.2f,"
                            + "\"gaps_over_50ms\":%d,\"gaps_over_100ms\":%d,\"fps\":%.1f}",
                    seconds, longestGapMs, longestGapAtSeconds, gapsOver50ms, gapsOver100ms, fps());
        }
    }

    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pulse(now);
        }
    };
    private final Thread watcher = new Thread(this::watch, "pulse-gaps-watcher");

    private volatile Thread fxThread;
    private volatile long lastPulse;
    private volatile String phaseName = "before the first phase";
    // The open phase's counters, guarded by this.
    private boolean open;
    private long phaseStart;
    private long pulses;
    private long longestGap;
    private long longestGapAt;
    private long over50;
    private long over100;

    private PulseGaps() {
    }

    /** Starts the timer on the FX thread and the watcher; no phase is open yet. */
    static PulseGaps start() throws Exception {
        PulseGaps gaps = new PulseGaps();
        WaitForAsyncUtils.asyncFx(gaps.timer::start).get(10, TimeUnit.SECONDS);
        gaps.watcher.setDaemon(true);
        gaps.watcher.start();
        return gaps;
    }

    /** Opens a phase now: what the pulses show from here on counts into it. */
    synchronized void begin(String name) {
        phaseName = name;
        open = true;
        phaseStart = System.nanoTime();
        pulses = 0;
        longestGap = 0;
        longestGapAt = 0;
        over50 = 0;
        over100 = 0;
    }

    /** Closes the phase open now and returns what it counted. */
    synchronized Phase end() {
        open = false;
        phaseName = "after " + phaseName;
        double seconds = (System.nanoTime() - phaseStart) / 1e9;
        return new Phase(seconds, pulses, longestGap / 1e6, longestGapAt / 1e9, over50, over100);
    }

    /** On the FX thread, once a pulse. A gap that began before the phase counts in the phase it ends in. */
    private synchronized void pulse(long now) {
        fxThread = Thread.currentThread();
        long last = lastPulse;
        lastPulse = now;
        if (!open || last == 0) {
            return;
        }
        pulses++;
        long gap = now - last;
        if (gap > SLOW_NANOS) {
            over50++;
        }
        if (gap > FROZEN_NANOS) {
            over100++;
        }
        if (gap > longestGap) {
            longestGap = gap;
            longestGapAt = now - phaseStart;
        }
    }

    /** Once per frozen stretch, prints the FX thread's stack 100 ms into it. */
    private void watch() {
        long reported = 0;
        while (!Thread.currentThread().isInterrupted()) {
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
            long last = lastPulse;
            Thread fx = fxThread;
            if (fx != null && last != 0 && last != reported && System.nanoTime() - last > FROZEN_NANOS) {
                reported = last;
                String frames = Arrays.stream(fx.getStackTrace()).limit(60)
                        .map(f -> "    at " + f).collect(Collectors.joining("\n"));
                System.err.printf(Locale.ROOT, "pulse-gaps: no pulse for 100 ms in phase %s; the FX thread:%n%s%n",
                        phaseName, frames);
            }
        }
    }

    @Override
    public void close() throws Exception {
        watcher.interrupt();
        WaitForAsyncUtils.asyncFx(timer::stop).get(10, TimeUnit.SECONDS);
    }
}
