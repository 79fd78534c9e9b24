package lab.nightlight.server;

import java.util.concurrent.atomic.LongAdder;

/** Exact counts, whatever the log keeps in view. */
public final class ServerCounters {

    final LongAdder received = new LongAdder();
    final LongAdder accepted = new LongAdder();
    final LongAdder rejected = new LongAdder();
    final LongAdder commandsSent = new LongAdder();
    final LongAdder commandsFailed = new LongAdder();

    public long received() {
        return received.sum();
    }

    public long accepted() {
        return accepted.sum();
    }

    public long rejected() {
        return rejected.sum();
    }

    public long commandsSent() {
        return commandsSent.sum();
    }

    public long commandsFailed() {
        return commandsFailed.sum();
    }

    void reset() {
        received.reset();
        accepted.reset();
        rejected.reset();
        commandsSent.reset();
        commandsFailed.reset();
    }
}
