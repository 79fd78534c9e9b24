package lab.nightlight.cli;

import java.io.PrintWriter;
import lab.nightlight.mqtt.MqttException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The headless commands: {@code broker}, {@code device} and {@code server}. Other tools script
 * against them, so their options, their {@code --json} lines and their exit codes are a contract.
 * Every problem ends as one sentence on stderr, never a stack trace.
 */
@Command(name = "nightlight-lab", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        usageHelpAutoWidth = true,
        description = {
                "Nightlight Lab without the window: the broker, the device and the server of the "
                        + "IoT-For-Beginners nightlight lesson, each in its own terminal.",
                "Start a broker, then a server and a device with the same --id, and change the light to see "
                        + "the LED follow. Without a command, Nightlight Lab opens its window."},
        footer = {"",
                "Try it in three terminals:",
                "  nightlight-lab broker",
                "  nightlight-lab server --id my-nightlight",
                "  nightlight-lab device --id my-nightlight --lights 100,500 --interval 2s",
                "",
                "Exit status: 0 done; 1 the broker could not start or be reached;",
                "2 a wrong option; 130 stopped with Ctrl-C; 143 stopped by SIGTERM."})
public final class Cli implements Runnable {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    /** What the JVM exits with after Ctrl-C (128 + SIGINT); SIGTERM gives 143. */
    public static final int INTERRUPTED = 130;

    @Spec
    CommandSpec spec;

    private Cli() {
    }

    /** Runs one command with this process's streams; returns the exit code for {@code System.exit}. */
    public static int run(String[] args) {
        return run(Terminal.system(), args);
    }

    static int run(Terminal terminal, String[] args) {
        return commandLine(terminal).execute(args);
    }

    static CommandLine commandLine(Terminal terminal) {
        CommandLine cli = new CommandLine(new Cli());
        cli.addSubcommand(new BrokerCommand(terminal));
        cli.addSubcommand(new DeviceCommand(terminal));
        cli.addSubcommand(new ServerCommand(terminal));
        cli.addSubcommand(BenchCommand.commandLine(terminal));
        cli.addSubcommand(new CommandLine.HelpCommand());
        cli.setOut(terminal.out());
        cli.setErr(terminal.err());
        cli.setParameterExceptionHandler(Cli::wrongArguments);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> unexpected(e, commandLine.getErr()));
        return cli;
    }

    /** Only reached with no command at all (the launcher opens the window then), or options only. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Name a command: broker, device or server.");
    }

    /** picocli's own sentence, then where to look: one line, no usage dump. */
    private static int wrongArguments(ParameterException e, String[] args) {
        String message = e.getMessage() == null ? "The options are not right." : e.getMessage().strip();
        if (!message.endsWith(".")) {
            message += ".";
        }
        if (e instanceof UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            message += " Did you mean " + String.join(" or ", u.getSuggestions()) + "?";
        }
        String command = e.getCommandLine().getCommandSpec().qualifiedName();
        PrintWriter err = e.getCommandLine().getErr();
        err.println(message + " Run '" + command + " --help' to see the options.");
        err.flush();
        return USAGE;
    }

    private static int unexpected(Exception e, PrintWriter err) {
        if (e instanceof MqttException m) {
            err.println(m.problem().fullSentence());
        } else {
            err.println("Nightlight Lab stopped because of a problem it did not expect (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "). Please report it.");
        }
        err.flush();
        return FAILED;
    }

    /** The version from the jar's manifest; a build from the sources has none. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"Nightlight Lab " + (version == null ? "(development build)" : version)};
        }
    }
}
