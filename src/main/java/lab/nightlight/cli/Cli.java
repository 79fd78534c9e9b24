package lab.nightlight.cli;

/** Headless commands. Placeholder until the command line lands. */
public final class Cli {

    private Cli() {
    }

    public static int run(String[] args) {
        System.err.println("Commands are not available yet.");
        return 2;
    }
}
