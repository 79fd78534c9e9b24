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

/**
 * {@code broker}: the embedded MQTT broker on its own, for devices and servers anywhere on this
 * computer. Its help is in the commands' part of the bundle under {@code nightlight-lab.broker.*}.
 */
@Command(name = "broker", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
final class BrokerCommand implements Callable<Integer> {

    private static final Duration STOP_LIMIT = Duration.ofSeconds(10);

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0", converter = OptionConverters.WholeNumber.class)
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = BrokerSettings.LOOPBACK)
    String bind;

    @Option(names = "--user", paramLabel = "NAME")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD", arity = "0..1", fallbackValue = Terminal.ASK)
    String password;

    @Option(names = "--trace")
    boolean trace;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    private final Terminal terminal;
    private final CliTexts texts;

    BrokerCommand(Terminal terminal, CliTexts texts) {
        this.terminal = terminal;
        this.texts = texts;
    }

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), texts.format("cli.broker.badPort", String.valueOf(port)));
        }
        Output output = new Output(json, terminal, texts);
        StopSignal stop = terminal.stop();
        stop.arm();
        BrokerSettings settings = new BrokerSettings(port, bind, AppFolders.data())
                .withCredentials(user, password == null ? null : terminal.password(password, texts.get("cli.password.prompt")));
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
            output.event(listeningLine(info, texts), "listening", "url", info.url(), "port", info.port(),
                    "fell_back", info.fellBack());
            if (isWildcard(info.bindAddress())) {
                output.event(texts.format("cli.broker.openToNetwork", String.valueOf(info.port())), "open_to_network",
                        "port", info.port());
            }
            return stop.await();
        } catch (BrokerException e) {
            output.failure(t -> t.brokerProblem(e.problem()));
            return Cli.FAILED;
        } finally {
            try {
                broker.stop().get(STOP_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                // Its threads are daemons: the process ends anyway.
            }
            if (listening) {
                output.event(texts.get("cli.broker.stopped"), "stopped");
            }
            stop.cleanedUp();
        }
    }

    /** No full stop right after the URL, so that a double-click or a script copies it whole. */
    static String listeningLine(BrokerInfo info, CliTexts texts) {
        return info.fellBack()
                ? texts.format("cli.broker.listening.fellBack", info.url(), String.valueOf(BrokerSettings.MQTT_PORT),
                        String.valueOf(info.port()))
                : texts.format("cli.broker.listening", info.url());
    }

    private static boolean isWildcard(String address) {
        return address.equals("0.0.0.0") || address.equals("::") || address.equals("[::]");
    }
}
