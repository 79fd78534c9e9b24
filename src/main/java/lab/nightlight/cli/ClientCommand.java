package lab.nightlight.cli;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import lab.nightlight.lesson.Topics;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.TlsOptions;
import lab.nightlight.trace.PacketRelay;
import lab.nightlight.mqtt.ConnectOptions;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.MqttException;
import picocli.CommandLine.Mixin;

/**
 * What the device and the server commands share: connect once (an unreachable broker ends the
 * command at once with one sentence), run until stopped, then disconnect cleanly. After the
 * first connection, a lost one is retried for ever and printed as it goes.
 */
abstract class ClientCommand implements Callable<Integer> {

    private static final Duration DISCONNECT_LIMIT = Duration.ofSeconds(5);

    @Mixin
    ClientOptions client;

    private final Terminal terminal;
    /** The words of the chosen language, for the lines a person reads. */
    final CliTexts texts;

    ClientCommand(Terminal terminal, CliTexts texts) {
        this.terminal = terminal;
        this.texts = texts;
    }

    /** The lesson's client id for this side. */
    abstract String clientId(Topics topics);

    /** Checks options that picocli cannot; throws a ParameterException with a sentence. */
    void validate() {
    }

    /**
     * For a command that makes its own connections (a fleet of devices): runs instead of
     * {@link #whileConnected}, and no connection is made for it; null when not such a command.
     */
    Integer withoutConnection(ConnectOptions options, Topics topics, Output output, StopSignal stop) {
        return null;
    }

    /** Runs once connected. Returns the exit code when a stop is requested or it cannot go on. */
    abstract int whileConnected(MqttConnection connection, Topics topics, Output output, StopSignal stop);

    @Override
    public final Integer call() {
        validate();
        Topics topics = new Topics(client.id);
        String clientId = clientId(topics);
        Output output = new Output(client.json, terminal, texts);
        StopSignal stop = terminal.stop();
        stop.arm();
        ConnectOptions options = ConnectOptions.defaults(clientId).withVersion(client.version).withRetryFirstConnect(false);
        if (client.user != null) {
            options = options.withCredentials(client.user,
                    client.password == null ? null : terminal.password(client.password, texts.get("cli.password.prompt")));
        }
        if (client.ca != null || client.insecure) {
            options = options.withTls(new TlsOptions(client.ca, client.insecure));
        }
        Integer own = withoutConnection(options, topics, output, stop);
        if (own != null) {
            stop.cleanedUp();
            return own;
        }
        if (client.trace && !Tracing.canTrace(client.broker)) {
            String scheme = client.broker.transport().scheme();
            output.failure(t -> t.format("cli.trace.notOnTheWire", scheme));
            return Cli.USAGE;
        }
        PacketRelay relay = client.trace ? Tracing.relay(client.broker, output) : null;
        // The callbacks only print, so they run on the client's own threads; no executor needed.
        MqttConnection connection = relay == null
                ? MqttConnection.create(client.broker, options, Runnable::run)
                : MqttConnection.createVia(client.broker, new BrokerAddress("127.0.0.1", relay.localPort()),
                        relay::upstreamFailure, options, Runnable::run);
        connection.onState(new ConnectionEvents(output, texts, clientId, stop));
        connection.onProblem(problem -> output.warning(t -> t.problem(problem)));
        try {
            awaitUnlessStopped(connection.connect(), stop);
            if (stop.isRequested()) {
                return stop.exitCode(Cli.OK);
            }
            return whileConnected(connection, topics, output, stop);
        } catch (MqttException e) {
            output.failure(t -> t.problem(e.problem()));
            return Cli.FAILED;
        } finally {
            try {
                connection.disconnect().get(DISCONNECT_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                // Leaving anyway; the broker notices the closed socket.
            }
            if (relay != null) {
                relay.close();
            }
            stop.cleanedUp();
        }
    }

    /**
     * Waits for {@code future} unless a stop comes first. Failures arrive as the
     * {@link MqttException} inside, whose problem a student can act on.
     */
    static void awaitUnlessStopped(CompletableFuture<?> future, StopSignal stop) {
        try {
            CompletableFuture.anyOf(future, stop.requested()).join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
