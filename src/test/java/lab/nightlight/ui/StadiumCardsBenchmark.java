package lab.nightlight.ui;

import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.layout.TilePane;
import lab.nightlight.ui.led.LedIndicator;
import lab.nightlight.ui.stadium.StadiumViewModel;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 6's figure, a benchmark and not a test (it only runs when asked):
 * {@code mvn -o test -Dtest=StadiumCardsBenchmark -Dnightlight.bench=true [-Dnightlight.bench.seconds=30]
 * "-Dtest.argLine=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms32m"} (the installed app's JVM options, see {@link BenchJvm}).
 * In the real window (headless Monocle) a teacher fills the stadium tab with 100 sensor cards,
 * brings nightfall, and lets the noisy stadium run; for each phase it records how smoothly the FX
 * thread kept pulsing (see {@link PulseGaps}). Results go to stdout and target/bench/stadium-cards.json.
 */
@EnabledIfSystemProperty(named = "nightlight.bench", matches = "true")
class StadiumCardsBenchmark {

    private static final int SENSORS = 100;
    /** A teacher's rhythm on "Add 10 sensors". */
    private static final long PRESS_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    @Test
    void aHundredCards() throws Exception {
        int seconds = Integer.getInteger("nightlight.bench.seconds", 30);
        try (RunningWindow window = RunningWindow.open(WindowOptions.DEFAULTS).awaitConnected();
             PulseGaps gaps = PulseGaps.start()) {
            StadiumUiTest.openStadiumTab(window);
            StadiumViewModel stadium = window.shell.window().stadium().model();
            Button addTen = window.find("#stadiumAddTen", Button.class);
            Button nightfall = window.find("#stadiumNightfall", Button.class);
            TilePane grid = window.find("#cardGrid", TilePane.class);

            // 1. Ten presses, half a second apart, until every sensor is connected and every card built.
            gaps.begin("add");
            long start = System.nanoTime();
            for (int press = 0; press < SENSORS / 10; press++) {
                parkUntil(start + press * PRESS_EVERY_NANOS);
                Platform.runLater(addTen::fire);
            }
            poll().until(() -> onFx(() -> stadium.connectedCountProperty().get()) == SENSORS);
            double connectedSeconds = (System.nanoTime() - start) / 1e9;
            poll().until(() -> onFx(() -> grid.getChildren().size()) == SENSORS);
            PulseGaps.Phase add = gaps.end();

            // Nightfall starts from a decided daylight, so its figure is the switch alone.
            poll().until(() -> onFx(() -> stadium.sensorsHeardProperty().get() == SENSORS
                    && Boolean.FALSE.equals(stadium.lightsOnProperty().get())));
            List<LedIndicator> leds = StadiumUiTest.cardLeds(window);

            // 2. Nightfall, until the window shows all 100 LEDs on.
            gaps.begin("nightfall");
            start = System.nanoTime();
            Platform.runLater(nightfall::fire);
            poll().until(() -> onFx(() -> leds.size() == SENSORS && leds.stream().allMatch(LedIndicator::isOn)));
            double allOnSeconds = (System.nanoTime() - start) / 1e9;
            PulseGaps.Phase dark = gaps.end();

            // 3. Noise switched on for all 100 cards in one go (no button does that: a teacher
            // switches one card at a time), its own phase of one second: restyling 100 toggle
            // buttons in one pulse is not what the running stadium costs.
            gaps.begin("noise_on");
            WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() ->
                    stadium.sensors().forEach(c -> c.noisyProperty().set(true))));
            parkUntil(System.nanoTime() + TimeUnit.SECONDS.toNanos(1));
            PulseGaps.Phase noiseOn = gaps.end();

            // 4. The stadium running: sensors publishing with noise, the server deciding, cards updating.
            gaps.begin("steady");
            parkUntil(System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds));
            PulseGaps.Phase steady = gaps.end();

            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            long heap = memory.getHeapMemoryUsage().getUsed();
            System.gc();
            long heapAfterGc = memory.getHeapMemoryUsage().getUsed();
            String json = String.format(Locale.ROOT,
                    "{\"event\":\"stadium_cards\",\"cards\":%d,\"add\":%s,\"nightfall\":%s,\"noise_on\":%s,\"steady\":%s,"
                            + "\"connected_s\":%.2f,\"all_leds_on_s\":%.2f,\"heap_mb\":%.0f,\"heap_after_gc_mb\":%.0f,%s}",
                    SENSORS, add.json(), dark.json(), noiseOn.json(), steady.json(), connectedSeconds, allOnSeconds,
                    heap / 1e6, heapAfterGc / 1e6, BenchJvm.json());
            System.out.println(json);
            Path out = Path.of("target/bench/stadium-cards.json");
            Files.createDirectories(out.getParent());
            Files.writeString(out, json + "\n", StandardCharsets.UTF_8);
        }
    }

    /** Awaits a condition, looking often enough that the phase durations are good to 20 ms. */
    private static ConditionFactory poll() {
        return await().atMost(RunningWindow.PATIENCE.multipliedBy(2)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(20));
    }

    /** Reads window state where it lives, on the FX thread. */
    private static <T> T onFx(Callable<T> read) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(read));
    }

    /** The teacher's pacing and the steady phase's length: not a wait for a result. */
    private static void parkUntil(long nanoTime) {
        for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }
}
