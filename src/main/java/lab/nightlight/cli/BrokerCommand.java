package lab.nightlight.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import lab.nightlight.broker.BrokerException;
import lab.nightlight.broker.BrokerInfo;
import lab.nightlight.broker.BrokerSettings;
import lab.nightlight.trace.PacketHub;
import lab.nightlight.broker.EmbeddedBroker;
import lab.nightlight.system.AppFolders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code broker}: the embedded MQTT broker on its own, for devices and servers anywhere on this computer. */
@Command(name = "broker", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {
                "Runs an MQTT broker on this computer, so the device and the server can talk without the internet "
                        + "(the lesson uses the public test.mosquitto.org instead).",
                "It listens on port 1883, the MQTT port, or on a free port if 1883 is taken, and says which. "
                        + "Only this computer can connect unless you choose --bind 0.0.0.0. Stop it with Ctrl-C."},
        footer = {"", "Example: broker --port 1883"})
final class BrokerCommand implements Callable<Integer> {

    private static final Duration STOP_LIMIT = Duration.ofSeconds(10);

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "The port to listen on. 0 (the default) means 1883 when it is free, else any free port.")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = BrokerSettings.LOOPBACK,
            description = "The network address to listen on. Default: ${DEFAULT-VALUE}, only this computer; "
                    + "0.0.0.0 lets other computers (a Raspberry Pi, a Wio Terminal) connect too.")
    String bind;

    @Option(names = "--user", paramLabel = "NAME",
            description = "Classroom mode: the user name students log in with. Needed with --bind 0.0.0.0.")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD", interactive = true, arity = "0..1",
            description = "Classroom mode: the password for --user (without a value, you are asked for it).")
    char[] password;

    @Option(names = "--trace",
            description = "Print every MQTT packet of every client, as the broker sees it (-> to the broker, "
                    + "<- from it), with the client's id.")
    boolean trace;

    @Option(names = "--json",
            description = "Print one JSON object per line, each with an \"event\" field, for scripts.")
    boolean json;

    private final Terminal terminal;

    BrokerCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "The --port must be 0 to 65535, was " + port + ".");
        }
        Output output = new Output(json, terminal);
        StopSignal stop = terminal.stop();
        stop.arm();
        BrokerSettings settings = new BrokerSettings(port, bind, AppFolders.data())
                .withCredentials(user, password == null ? null : new String(password));
        PacketHub packets = null;
        if (trace) {
            packets = new PacketHub();
            packets.listen(p -> Tracing.print(p, output, true));
        }
        EmbeddedBroker broker = new EmbeddedBroker(settings, packets);
        boolean listening = false;
        try {
            ClientCommand.awaitUnlessStopped(broker.start(), stop);
            if (stop.isRequested()) {
                return stop.exitCode(Cli.OK);
            }
            BrokerInfo info = broker.info();
            listening = true;
            output.event(listeningLine(info), "listening", "url", info.url(), "port", info.port(),
                    "fell_back", info.fellBack());
            if (isWildcard(info.bindAddress())) {
                output.event("Other computers on your network can connect too, at this computer's address and port "
                        + info.port() + ".", "open_to_network", "port", info.port());
            }
            return stop.await();
        } catch (BrokerException e) {
            output.failure(e.getMessage());
            return Cli.FAILED;
        } finally {
            try {
                broker.stop().get(STOP_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                // Its threads are daemons: the process ends anyway.
            }
            if (listening) {
                output.event("Broker stopped.", "stopped");
            }
            stop.cleanedUp();
        }
    }

    /** No full stop right after the URL, so that a double-click or a script copies it whole. */
    static String listeningLine(BrokerInfo info) {
        String why = info.fellBack()
                ? BrokerSettings.MQTT_PORT + " was taken, so port " + info.port() + " was chosen; "
                : "";
        return "Nightlight Lab broker listening on " + info.url() + " (" + why + "press Ctrl-C to stop it)";
    }

    private static boolean isWildcard(String address) {
        return address.equals("0.0.0.0") || address.equals("::") || address.equals("[::]");
    }
}
