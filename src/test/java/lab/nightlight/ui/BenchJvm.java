package lab.nightlight.ui;

import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Whether a window benchmark runs with the installed app's JVM options (C1 only, the serial
 * collector; packaging/app-image.args). Surefire's JVM has the JVM's defaults unless
 * {@code -Dtest.argLine} says otherwise, and on two cores that is a different app: the stadium's
 * fill phase measured 16-24 frames a second with G1 and C2 against 35-42 with the app's options,
 * C2's compiler thread alone taking most of a core. So each figure says which JVM it came from.
 */
final class BenchJvm {

    static final String APP_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms32m";

    private BenchJvm() {
    }

    static boolean hasAppOptions() {
        List<String> args = ManagementFactory.getRuntimeMXBean().getInputArguments();
        return args.contains("-XX:TieredStopAtLevel=1") && args.contains("-XX:+UseSerialGC");
    }

    /** A JSON member for the result line, and a warning on stderr when the options are not the app's. */
    static String json() {
        boolean app = hasAppOptions();
        if (!app) {
            System.err.println("bench: not the installed app's JVM options; for figures that stand for the app add "
                    + "\"-Dtest.argLine=" + APP_OPTIONS + "\"");
        }
        return "\"app_jvm_options\":" + app;
    }
}
