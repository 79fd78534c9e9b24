package lab.nightlight.cli;

import java.io.PrintWriter;
import java.util.Objects;

/**
 * What a command talks to: where its lines go and how it learns to stop. A real run uses the
 * process's stdout and stderr and the JVM's shutdown (Ctrl-C, SIGTERM); tests hand in captured
 * writers and stop the command themselves, so commands run in-process with nothing global.
 */
record Terminal(PrintWriter out, PrintWriter err, StopSignal stop) {

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
}
