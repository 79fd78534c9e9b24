package lab.nightlight.mqtt;

import io.reactivex.Flowable;
import io.reactivex.disposables.Disposable;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Keeps one "all incoming publishes" flow on a HiveMQ client while a connection is wanted.
 *
 * <p>The client ends its global publish flows whenever its session ends: after every connection
 * loss when the session expiry is 0 (our default), or when the broker kept no session. A flow
 * registered once would then deliver nothing after the first reconnect, although the broker
 * delivers it. So a flow that ends is replaced at once while a connection is wanted; when none is
 * (the user disconnected, or reconnecting gave up) the flow is let go, because it holds one of
 * the client's non-daemon threads and would keep the JVM from exiting.
 */
final class IncomingPublishes {

    private final Supplier<Flowable<Message>> source;
    private final Consumer<Message> sink;
    private Disposable flow;
    private boolean wanted;

    IncomingPublishes(Supplier<Flowable<Message>> source, Consumer<Message> sink) {
        this.source = source;
        this.sink = sink;
    }

    /** Before connecting: make sure a flow is there. */
    synchronized void start() {
        wanted = true;
        ensureFlow();
    }

    /** No connection is wanted any more: let the flow go. */
    synchronized void stop() {
        wanted = false;
        if (flow != null) {
            flow.dispose();
            flow = null;
        }
    }

    private void ensureFlow() {
        if (flow == null || flow.isDisposed()) {
            flow = source.get().subscribe(sink::accept, this::ended);
        }
    }

    private synchronized void ended(Throwable sessionEnded) {
        flow = null;
        if (wanted) {
            ensureFlow();
        }
    }
}
