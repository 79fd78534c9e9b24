package lab.nightlight.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * What a command talks to: where its lines go and how it learns to stop. A real run uses the
 * process's stdout and stderr and the JVM's shutdown (Ctrl-C, SIGTERM); tests hand in captured
 * writers and stop the command themselves, so commands run in-process with nothing global.
 */
record Terminal(PrintWriter out, PrintWriter err, StopSignal stop) {

    /**
     * What picocli puts in a {@code --password} given without a value: a NUL, which no argument
     * from a shell can hold, so it can only mean "ask for it".
     */
    static final String ASK = "\u0000";

    Terminal {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(stop, "stop");
    }

    /** This process's own streams; only here does the CLI touch System.out and System.err. */
    static Terminal system() {
        return new Terminal(new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                StopSignal.forThisProcess());
    }

    /**
     * {@code given} as it is, or, for {@link #ASK}, asked for: on the console without echo, else
     * (input piped in) the next line of stdin. The prompt goes to stderr, so --json stays clean.
     * Our own prompt rather than picocli's interactive option, whose "Enter value for" is English.
     */
    String password(String given, String prompt) {
        if (!ASK.equals(given)) {
            return given;
        }
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("%s ", prompt);
            return typed == null ? "" : new String(typed);
        }
        err.print(prompt + " ");
        err.flush();
        try {
            String line = new BufferedReader(new InputStreamReader(System.in)).readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
