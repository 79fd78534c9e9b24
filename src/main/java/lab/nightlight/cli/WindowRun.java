package lab.nightlight.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One timed start of the window in a new process, with {@code --snapshot}: once both panes are
 * connected and the LED has answered, the window writes its PNG, prints when it was shown, drew
 * its first frame, both panes connected and the LED answered (ui.StartTimes), and closes through
 * its usual exit path.
 * Linux only for the memory figure (/proc).
 */
final class WindowRun {

    private WindowRun() {
    }

    /** One start's milestones (ms since the JVM started), exit time and last resident size. */
    record Result(long shownMs, long firstFrameMs, long connectedMs, long answeredMs, long exitMs, long residentKb) {
    }

    /**
     * The JVM options the installed app's launcher uses (packaging/app-image.args) that change
     * its speed and footprint, so that the jar is timed as it would run installed.
     */
    static final List<String> INSTALLED_APP_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms32m");

    static final Pattern START_LINE = Pattern.compile(
            "\\{\"event\":\"start\",\"shown_ms\":(-?\\d+),\"first_frame_ms\":(-?\\d+),\"connected_ms\":(-?\\d+),"
                    + "\"answered_ms\":(-?\\d+)}");

    static Result once() throws Exception {
        Path png = Files.createTempFile("nightlight-start", ".png");
        Files.delete(png);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(INSTALLED_APP_OPTIONS);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("lab.nightlight.Launcher");
        command.add("--snapshot");
        command.add(png.toString());
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        // The window prints its milestones once the picture is written, just before it closes.
        AtomicReference<Matcher> milestones = new AtomicReference<>();
        AtomicLong closingAt = new AtomicLong();
        Thread reader = new Thread(() -> readMilestones(p, milestones, closingAt), "nightlight-bench-window");
        reader.setDaemon(true);
        reader.start();
        long rss = 0;
        while (p.isAlive()) {
            long now = residentKb(p.pid());
            rss = now > 0 ? now : rss;
            Thread.sleep(5);
        }
        long end = System.nanoTime();
        reader.join(5_000);
        Files.deleteIfExists(png);
        Matcher m = milestones.get();
        if (m == null || p.exitValue() != 0) {
            throw new NoFrame(p.exitValue());
        }
        return new Result(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                Long.parseLong(m.group(4)), (end - closingAt.get()) / 1_000_000, rss);
    }

    private static void readMilestones(Process p, AtomicReference<Matcher> milestones, AtomicLong closingAt) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher m = START_LINE.matcher(line.trim());
                if (m.matches() && milestones.get() == null) {
                    closingAt.set(System.nanoTime());
                    milestones.set(m);
                }
            }
        } catch (IOException e) {
            // the process ended; once() sees whether the line came
        }
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
