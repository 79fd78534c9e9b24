package lab.nightlight.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import lab.nightlight.mqtt.MqttException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The headless commands: {@code broker}, {@code device} and {@code server}. Other tools script
 * against them, so their options, their {@code --json} lines and their exit codes are a contract.
 * Every problem ends as one sentence on stderr, never a stack trace.
 *
 * <p>People read English or Korean (see {@link CliLanguage}): the help comes from the one
 * bundle the window reads too, which picocli reads by key
 * ({@code nightlight-lab.device.usage.description.0}, ...), and every sentence from
 * {@link CliTexts}. The {@code --json} lines stay English.
 */
@Command(name = "nightlight-lab", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
public final class Cli implements Runnable {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    /** What the JVM exits with after Ctrl-C (128 + SIGINT); SIGTERM gives 143. */
    public static final int INTERRUPTED = 130;

    @Spec
    CommandSpec spec;

    /** Read before parsing (CliLanguage.choose); declared so that picocli accepts, checks and shows it on every command. */
    @Option(names = CliLanguage.OPTION, paramLabel = "LANG", scope = ScopeType.INHERIT, descriptionKey = "option.lang",
            converter = CliLanguage.Code.class, completionCandidates = CliLanguage.Codes.class)
    Locale language;

    private final CliTexts texts;

    private Cli(CliTexts texts) {
        this.texts = texts;
    }

    /** Runs one command with this process's streams; returns the exit code for {@code System.exit}. */
    public static int run(String[] args) {
        return run(Terminal.system(), args);
    }

    static int run(Terminal terminal, String[] args) {
        return run(terminal, args, System.getenv(CliLanguage.ENVIRONMENT), Locale.getDefault());
    }

    /** With the environment variable's value and the machine's language handed in, as tests do. */
    static int run(Terminal terminal, String[] args, String environment, Locale machine) {
        Locale language = CliLanguage.choose(args, environment, machine);
        return commandLine(terminal, CliTexts.load(language)).execute(args);
    }

    static CommandLine commandLine(Terminal terminal, CliTexts texts) {
        CommandLine cli = new CommandLine(new Cli(texts));
        cli.addSubcommand(new BrokerCommand(terminal, texts));
        cli.addSubcommand(new DeviceCommand(terminal, texts));
        cli.addSubcommand(new ServerCommand(terminal, texts));
        cli.addSubcommand(BenchCommand.commandLine(terminal, texts));
        cli.addSubcommand(new CommandLine.HelpCommand());
        // After the subcommands: picocli hands the bundle down to every one of them.
        cli.setResourceBundle(texts.help());
        cli.getCommandSpec().versionProvider(new Version(texts));
        cli.setOut(terminal.out());
        cli.setErr(terminal.err());
        cli.setParameterExceptionHandler((e, args) -> wrongArguments(e, args, texts));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> unexpected(e, commandLine.getErr(), texts));
        return cli;
    }

    /** Only reached with no command at all (the launcher opens the window then), or options only. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), texts.get("cli.wrong.noCommand"));
    }

    /** What went wrong in one sentence, then where to look: one line, no usage dump. */
    private static int wrongArguments(ParameterException e, String[] args, CliTexts texts) {
        String message = sentence(e, args, texts).strip();
        if (!message.endsWith(".") && !message.endsWith("?")) {
            message += ".";
        }
        if (e instanceof UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            message += " " + texts.format("cli.wrong.didYouMean", alternatives(u.getSuggestions(), texts));
        }
        String command = e.getCommandLine().getCommandSpec().qualifiedName();
        PrintWriter err = e.getCommandLine().getErr();
        err.println(message + " " + texts.format("cli.wrong.seeHelp", command));
        err.flush();
        return USAGE;
    }

    /**
     * picocli's own messages are English, so the usual ones are said again from what the
     * exception knows; a rarer one keeps picocli's words.
     */
    private static String sentence(ParameterException e, String[] args, CliTexts texts) {
        if (e instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
            ArgSpec missing = m.getMissing().get(0);
            if (missing instanceof OptionSpec o && given(o, args)) {
                return texts.format("cli.wrong.needsValue", quoted(o.longestName()));
            }
            return texts.format("cli.wrong.missing", quoted(label(missing)));
        }
        if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            List<String> unmatched = u.getUnmatched();
            boolean options = unmatched.stream().allMatch(a -> a.startsWith("-"));
            String key = options ? (unmatched.size() == 1 ? "cli.wrong.unknownOption" : "cli.wrong.unknownOptions")
                    : "cli.wrong.unmatched";
            return texts.format(key, String.join(", ", unmatched.stream().map(Cli::quoted).toList()));
        }
        if (e instanceof OverwrittenOptionException o && o.getOverwritten() instanceof OptionSpec option) {
            return texts.format("cli.wrong.twice", quoted(option.longestName()));
        }
        if (e.getCause() instanceof TypeConversionException t && e.getArgSpec() instanceof OptionSpec option) {
            String why = t instanceof OptionProblem p ? p.say(texts) : texts.format("cli.wrong.cannotUse", e.getValue());
            return texts.format("cli.wrong.invalidValue", quoted(option.longestName()), why);
        }
        return e.getMessage() == null ? texts.get("cli.wrong.notRight") : e.getMessage();
    }

    /** Whether the option was typed (and so lacks its value, rather than being absent). */
    private static boolean given(OptionSpec option, String[] args) {
        return Arrays.stream(args).anyMatch(a -> Arrays.stream(option.names()).anyMatch(n -> a.equals(n) || a.startsWith(n + "=")));
    }

    /** {@code --id=ID}, as picocli shows a required option. */
    private static String label(ArgSpec spec) {
        return spec instanceof OptionSpec o ? o.longestName() + "=" + o.paramLabel() : spec.paramLabel();
    }

    private static String quoted(String s) {
        return "'" + s + "'";
    }

    /** "a", "a or b", "a, b or c" in the chosen language. */
    private static String alternatives(List<String> choices, CliTexts texts) {
        List<String> rest = new ArrayList<>(choices);
        String last = rest.remove(rest.size() - 1);
        return rest.isEmpty() ? last : texts.format("cli.wrong.or", String.join(", ", rest), last);
    }

    private static int unexpected(Exception e, PrintWriter err, CliTexts texts) {
        if (e instanceof MqttException m) {
            err.println(texts.problem(m.problem()));
        } else {
            err.println(texts.format("cli.failed.unexpected",
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        }
        err.flush();
        return FAILED;
    }

    /** The version from the jar's manifest; a build from the sources has none. */
    static final class Version implements IVersionProvider {
        private final CliTexts texts;

        Version(CliTexts texts) {
            this.texts = texts;
        }

        @Override
        public String[] getVersion() {
            String version = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"Nightlight Lab " + (version == null ? texts.get("cli.version.development") : version)};
        }
    }
}
