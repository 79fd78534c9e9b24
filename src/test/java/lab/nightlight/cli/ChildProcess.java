package lab.nightlight.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A program started for a test (our launcher, the lesson's Python code), its stdout and stderr
 * collected line by line as they come, so a test can wait for a line instead of sleeping.
 */
public final class ChildProcess implements AutoCloseable {

    private final List<String> command;
    private final Process process;
    private final List<String> out = new CopyOnWriteArrayList<>();
    private final List<String> err = new CopyOnWriteArrayList<>();
    private final Thread outReader;
    private final Thread errReader;

    private ChildProcess(List<String> command, Process process) {
        this.command = command;
        this.process = process;
        this.outReader = reader(process.getInputStream(), out, "out");
        this.errReader = reader(process.getErrorStream(), err, "err");
    }

    public static ChildProcess start(List<String> command, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        return start(builder);
    }

    /** Starts a prepared builder; its output must not be redirected (this class reads it). */
    public static ChildProcess start(ProcessBuilder builder) {
        try {
            return new ChildProcess(List.copyOf(builder.command()), builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + builder.command(), e);
        }
    }

    private Thread reader(InputStream stream, List<String> lines, String name) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // The process is gone; what was read stays.
            }
        }, "child-" + name + "-" + process.pid());
        t.setDaemon(true);
        t.start();
        return t;
    }

    public long pid() {
        return process.pid();
    }

    public List<String> stdout() {
        return List.copyOf(out);
    }

    public List<String> stderr() {
        return List.copyOf(err);
    }

    /** Waits until a stdout line matches; fails with everything the process said so far. */
    public String awaitStdout(Predicate<String> line, Duration timeout) {
        await().atMost(timeout).untilAsserted(() -> assertThat(out).as(this::describe).anyMatch(line));
        return out.stream().filter(line).findFirst().orElseThrow();
    }

    /** Writes one line to the process's stdin. */
    public void send(String line) {
        try {
            Writer stdin = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            stdin.write(line + "\n");
            stdin.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write to " + command, e);
        }
    }

    /**
     * SIGTERM on Unix (what {@code kill PID} and service managers send). Through the process
     * handle: {@link Process#destroy()} sends the same signal but also closes our ends of the
     * pipes, which would lose the lines the process writes while it shuts down.
     */
    public void terminate() {
        process.toHandle().destroy();
    }

    /** Sends a signal by name with the system's kill command, e.g. "INT" for what Ctrl-C sends. */
    public void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }

    /** Waits for the exit and for the last lines to be read; returns the exit code. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(exited).as(() -> "did not exit within " + timeout + ": " + describe()).isTrue();
        outReader.join(timeout.toMillis());
        errReader.join(timeout.toMillis());
        return process.exitValue();
    }

    /** The command without its long class path, then everything it printed. */
    public String describe() {
        String shown = String.join(" ", command).replaceAll("-cp \\S+", "-cp ...");
        return shown + "\n--- stdout:\n" + String.join("\n", out)
                + "\n--- stderr:\n" + String.join("\n", err);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
