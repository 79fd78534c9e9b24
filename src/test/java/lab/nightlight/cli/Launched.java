package lab.nightlight.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code lab.nightlight.Launcher} in its own JVM on the test class path, as a user or a
 * script would run the jar: real exit codes, real signals, real stdout and stderr.
 */
public final class Launched {

    private Launched() {
    }

    public static ChildProcess launcher(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Short-lived JVMs on a busy 2-core machine: start fast rather than run fast.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-Dnightlight.home=" + home(),
                "-cp", classPath(),
                "lab.nightlight.Launcher"));
        command.addAll(List.of(args));
        // English whatever the machine's language, as the tests read the lines.
        return ChildProcess.start(command, Map.of("NIGHTLIGHT_LANG", "en"));
    }

    /** Surefire may hand the test JVM a one-jar manifest class path; it names the real one here. */
    static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        String cp = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
        return cp.replace(File.pathSeparatorChar == ':' ? ';' : ':', File.pathSeparatorChar);
    }

    /** The app's folders (the embedded broker's work folder) go to a temp folder, not the user's home. */
    private static String home() {
        try {
            return Files.createTempDirectory("nightlight-cli-home").toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
