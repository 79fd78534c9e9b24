package lab.nightlight.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Runs a command in this JVM with captured output and a stop the test controls: fast, and the
 * same code path as a real run apart from System.out and the JVM's shutdown hook.
 */
public final class InProcessCli implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String[] args;
    /** The machine's language the command sees; English unless a test asks for another. */
    private final Locale machine;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final StopSignal stop = StopSignal.manual();
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();

    private InProcessCli(String[] args, Locale machine) {
        this.args = args;
        this.machine = machine;
    }

    /** Starts a command on its own thread; it runs until {@link #stop()} or until it fails. */
    public static InProcessCli start(String... args) {
        InProcessCli cli = new InProcessCli(args, Locale.ENGLISH);
        Thread t = new Thread(() -> {
            try {
                cli.exit.complete(cli.execute());
            } catch (Throwable e) {
                cli.exit.completeExceptionally(e);
            }
        }, "cli-" + args[0]);
        t.setDaemon(true);
        t.start();
        return cli;
    }

    /** Runs a command that ends by itself (help, a wrong option, an unreachable broker). */
    public static InProcessCli run(String... args) {
        return runOn(Locale.ENGLISH, args);
    }

    /** As {@link #run}, on a machine set to {@code machine} (and no NIGHTLIGHT_LANG). */
    public static InProcessCli runOn(Locale machine, String... args) {
        InProcessCli cli = new InProcessCli(args, machine);
        cli.exit.complete(cli.execute());
        return cli;
    }

    /** The same run on every machine: the language is the one the test names, not the one it runs on. */
    private int execute() {
        return Cli.run(terminal(), args, null, machine);
    }

    private Terminal terminal() {
        return new Terminal(new PrintWriter(out, true), new PrintWriter(err, true), stop);
    }

    public List<String> stdout() {
        return lines(out);
    }

    public List<String> stderr() {
        return lines(err);
    }

    private static List<String> lines(StringWriter w) {
        String text = w.toString();
        return text.isEmpty() ? List.of() : List.of(text.split("\\R"));
    }

    /** Every stdout line as JSON; fails if any line is not a JSON object with an event. */
    public List<JsonNode> events() {
        return stdout().stream().map(InProcessCli::parse).toList();
    }

    static JsonNode parse(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            assertThat(node.isObject() && node.hasNonNull("event")).as("a JSON event: %s", line).isTrue();
            return node;
        } catch (java.io.IOException e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }

    public JsonNode awaitEvent(Predicate<JsonNode> event, Duration timeout) {
        await().atMost(timeout).untilAsserted(() -> assertThat(events()).as(this::describe).anyMatch(event));
        return events().stream().filter(event).findFirst().orElseThrow();
    }

    public String awaitStdout(Predicate<String> line, Duration timeout) {
        await().atMost(timeout).untilAsserted(() -> assertThat(stdout()).as(this::describe).anyMatch(line));
        return stdout().stream().filter(line).findFirst().orElseThrow();
    }

    /** Asks the command to stop, as Ctrl-C would, and waits for its exit code. */
    public int stop() throws Exception {
        stop.request(Cli.OK);
        return awaitExit(Duration.ofSeconds(20));
    }

    public int awaitExit(Duration timeout) throws Exception {
        return exit.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean hasExited() {
        return exit.isDone();
    }

    public String describe() {
        return String.join(" ", args) + "\n--- stdout:\n" + out + "\n--- stderr:\n" + err;
    }

    @Override
    public void close() {
        stop.request(Cli.OK);
        try {
            exit.get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            // The test has already failed or finished; nothing more to learn here.
        }
    }
}
