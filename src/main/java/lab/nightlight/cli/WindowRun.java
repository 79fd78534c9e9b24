package lab.nightlight.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One timed start of the window in a new process, with {@code --snapshot}: the PNG appears when
 * both panes are connected and the LED has answered, then the window closes through its usual
 * exit path. Linux only for the memory figure (/proc).
 */
final class WindowRun {

    private WindowRun() {
    }

    /** {connected ms after start, ms from snapshot to exit, last resident KB}. */
    static long[] once() throws Exception {
        Path png = Files.createTempFile("nightlight-start", ".png");
        Files.delete(png);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("lab.nightlight.Launcher");
        command.add("--snapshot");
        command.add(png.toString());
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(new File("/dev/null")).start();
        long shotAt = 0;
        long rss = 0;
        while (p.isAlive()) {
            if (shotAt == 0 && Files.exists(png)) {
                shotAt = System.nanoTime();
            }
            long now = residentKb(p.pid());
            rss = now > 0 ? now : rss;
            Thread.sleep(5);
        }
        long end = System.nanoTime();
        if (shotAt == 0 || p.exitValue() != 0) {
            throw new NoFrame(p.exitValue());
        }
        Files.deleteIfExists(png);
        return new long[] {(shotAt - start) / 1_000_000, (end - shotAt) / 1_000_000, rss};
    }

    /** The window never showed its connected frame (most often: no display); the command says so. */
    static final class NoFrame extends Exception {
        private final int exitCode;

        NoFrame(int exitCode) {
            super("The window did not reach its first connected frame (exit " + exitCode + ")");
            this.exitCode = exitCode;
        }

        int exitCode() {
            return exitCode;
        }
    }

    private static long residentKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (Exception e) {
            // not Linux, or the process is gone
        }
        return 0;
    }
}
