package lab.nightlight.cli;

import java.util.function.Consumer;
import lab.nightlight.mqtt.ConnectionState;

/**
 * Prints a connection's state changes as events, and ends the command when the connection gives
 * up for good (another client took over the id, the broker refused the credentials). Losing the
 * connection is not the end: the client reconnects with backoff and every attempt is printed.
 */
final class ConnectionEvents implements Consumer<ConnectionState> {

    private final Output output;
    private final String clientId;
    private final StopSignal stop;
    private volatile boolean everConnected;

    ConnectionEvents(Output output, String clientId, StopSignal stop) {
        this.output = output;
        this.clientId = clientId;
        this.stop = stop;
    }

    @Override
    public void accept(ConnectionState state) {
        if (state instanceof ConnectionState.Connected c) {
            everConnected = true;
            String url = c.address().url();
            output.event("Connected to " + url + " as " + clientId + ".",
                    "connected", "url", url, "client_id", clientId);
        } else if (state instanceof ConnectionState.Reconnecting r) {
            String reason = r.problem().sentence();
            output.event("Disconnected: " + reason + " Trying again in " + DurationConverter.format(r.delay())
                            + " (attempt " + r.attempt() + ").",
                    "disconnected", "reason", reason, "retry_in_ms", r.delay().toMillis(), "attempt", r.attempt());
        } else if (state instanceof ConnectionState.Disconnected d && everConnected) {
            // Before the first connection the command itself reports the failure, once.
            if (d.problem() == null) {
                output.event("Disconnected.", "disconnected", "reason", "stopped");
            } else {
                output.event("Disconnected: " + d.problem().sentence(), "disconnected", "reason", d.problem().sentence());
                output.failure(d.problem().fullSentence());
                stop.request(Cli.FAILED);
            }
        }
    }
}
