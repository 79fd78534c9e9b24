package lab.nightlight.ui;

/**
 * The window's only line on stdout: with {@code --snapshot}, the start's milestones as one JSON
 * line ({@link StartTimes}), read by {@code bench window} and shown in CI's log.
 */
final class StdOut {

    private StdOut() {
    }

    static void line(String line) {
        System.out.println(line);
    }
}
