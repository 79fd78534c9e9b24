package lab.nightlight.interop;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import lab.nightlight.cli.ChildProcess;
import lab.nightlight.mqtt.BrokerAddress;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the lesson's Python code (src/test/resources/interop) with Debian's python3 and its
 * python3-paho-mqtt 1.6, the paho the lesson was written for. Not the {@code python3} on PATH:
 * a pyenv or venv one there has no paho. Without them a test skips locally and fails in CI.
 */
final class LessonPython {

    static final Path PYTHON = Path.of(System.getProperty("nightlight.python", "/usr/bin/python3"));
    private static String pahoVersion;

    private LessonPython() {
    }

    /** The lesson's server: prints "Message received: ..." and "Sending message: ...". */
    static ChildProcess server(String id, BrokerAddress broker) {
        return run("lesson_server.py", id, broker.host(), Integer.toString(broker.port()));
    }

    /** A lesson-style device: its light starts at {@code firstLight}; {@link ChildProcess#send} sets the next. */
    static ChildProcess device(String id, BrokerAddress broker, int firstLight, Duration interval) {
        return run("lesson_device.py", id, broker.host(), Integer.toString(broker.port()),
                Integer.toString(firstLight), Double.toString(interval.toMillis() / 1000.0));
    }

    private static ChildProcess run(String script, String... args) {
        requirePaho();
        List<String> command = new java.util.ArrayList<>(List.of(PYTHON.toString(), script(script).toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        // Only Debian's own packages: nothing from a virtualenv, PYTHONPATH or the user's site-packages.
        builder.environment().keySet().removeAll(List.of("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"));
        builder.environment().putAll(Map.of("PYTHONNOUSERSITE", "1", "PYTHONDONTWRITEBYTECODE", "1"));
        return ChildProcess.start(builder);
    }

    private static Path script(String name) {
        URL url = LessonPython.class.getResource("/interop/" + name);
        if (url == null) {
            throw new IllegalStateException("Missing test resource interop/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** paho's version, once; a skipped test (a failed one in CI) without python3 or paho. */
    static synchronized String requirePaho() {
        if (pahoVersion != null) {
            return pahoVersion;
        }
        String problem;
        if (!Files.isExecutable(PYTHON)) {
            problem = PYTHON + " is not installed";
        } else {
            try {
                Process p = new ProcessBuilder(PYTHON.toString(), "-c",
                        "import paho.mqtt, paho.mqtt.client; print(paho.mqtt.__version__)")
                        .redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    pahoVersion = out;
                    return pahoVersion;
                }
                problem = PYTHON + " has no paho-mqtt (" + out.lines().reduce((a, b) -> b).orElse("") + ")";
            } catch (IOException | InterruptedException e) {
                problem = PYTHON + " could not be run: " + e.getMessage();
            }
        }
        String message = problem + "; install Debian's python3-paho-mqtt (apt-get install python3-paho-mqtt).";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(message + " CI must install it; the interop tests cannot be skipped there.");
        }
        Assumptions.abort(message + " Skipping the tests with the lesson's Python code.");
        return null;
    }
}
