package lab.nightlight.ui;

/**
 * The window's only console output: one sentence on stderr when it cannot do what the command
 * line asked (a bad option, a snapshot that never became ready). Everything else is shown in the
 * window.
 */
final class StdErr {

    private StdErr() {
    }

    static void say(String sentence) {
        System.err.println(sentence);
    }
}
