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
    private final CliTexts texts;
    private final String clientId;
    private final StopSignal stop;
    private volatile boolean everConnected;

    ConnectionEvents(Output output, CliTexts texts, String clientId, StopSignal stop) {
        this.output = output;
        this.texts = texts;
        this.clientId = clientId;
        this.stop = stop;
    }

    @Override
    public void accept(ConnectionState state) {
        if (state instanceof ConnectionState.Connected c) {
            everConnected = true;
            String url = c.address().url();
            output.event(texts.format("cli.connection.connected", url, clientId),
                    "connected", "url", url, "client_id", clientId);
        } else if (state instanceof ConnectionState.Reconnecting r) {
            // The JSON reason is the core's English sentence: scripts match on it.
            output.event(texts.format("cli.connection.retrying", texts.problemSentence(r.problem()), texts.duration(r.delay()),
                            String.valueOf(r.attempt())),
                    "disconnected", "reason", r.problem().sentence(), "retry_in_ms", r.delay().toMillis(),
                    "attempt", r.attempt());
        } else if (state instanceof ConnectionState.Disconnected d && everConnected) {
            // Before the first connection the command itself reports the failure, once.
            if (d.problem() == null) {
                output.event(texts.get("cli.connection.disconnected"), "disconnected", "reason", "stopped");
            } else {
                output.event(texts.format("cli.connection.lost", texts.problemSentence(d.problem())), "disconnected",
                        "reason", d.problem().sentence());
                output.failure(t -> t.problem(d.problem()));
                stop.request(Cli.FAILED);
            }
        }
    }
}
