package lab.nightlight.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import lab.nightlight.ui.stadium.StadiumViewModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A hundred sensor cards, each with its own connection: the teacher clicks "Add 10 sensors" ten
 * times and the FX thread keeps answering while they connect and while nightfall switches every
 * LED. Lenient bounds: this is a smoothness check, the figures go to the test's output.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StadiumScaleUiTest {

    private static final int SENSORS = 100;
    /** The FX thread must answer a probe within this while the stadium is busy (as in FloodUiTest). */
    private static final Duration RESPONSIVE = Duration.ofMillis(1_000);

    private static RunningWindow window;
    private static Set<Thread> threadsBefore;

    @BeforeAll
    static void open() throws Exception {
        threadsBefore = StadiumUiTest.liveNonDaemonThreads();
        window = RunningWindow.open(WindowOptions.DEFAULTS).awaitConnected();
        StadiumUiTest.openStadiumTab(window);
    }

    @AfterAll
    static void close() throws Exception {
        window.close();
    }

    private static StadiumViewModel stadium() {
        return window.shell.window().stadium().model();
    }

    /** How long the FX thread takes to run a task posted now. */
    private static long probeMillis() throws Exception {
        long start = System.nanoTime();
        CompletableFuture<Void> answered = new CompletableFuture<>();
        Platform.runLater(() -> answered.complete(null));
        answered.get(30, TimeUnit.SECONDS);
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /** Probes the FX thread until {@code done}; returns the slowest answer in ms. */
    private static long probeUntil(BooleanSupplier done, String what) throws Exception {
        long worst = 0;
        int probes = 0;
        long deadline = System.nanoTime() + RunningWindow.PATIENCE.toNanos() * 2;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("Timed out waiting for " + what + " after " + probes + " probes");
            }
            worst = Math.max(worst, probeMillis());
            probes++;
            Thread.onSpinWait();
        }
        System.err.printf("stadium scale: %s, %d probes, slowest %d ms%n", what, probes, worst);
        return worst;
    }

    @Test
    @Order(1)
    void aHundredCardsConnectWhileTheWindowKeepsAnswering() throws Exception {
        long start = System.nanoTime();
        window.robot.clickOn("#stadiumAddTen");
        // The other nine presses as fast as a teacher can click, without the robot's mouse travel,
        // probing the FX thread between them.
        javafx.scene.control.Button addTen = window.find("#stadiumAddTen", javafx.scene.control.Button.class);
        long worstPress = 0;
        for (int i = 1; i < SENSORS / 10; i++) {
            WaitForAsyncUtils.asyncFx(addTen::fire).get(30, TimeUnit.SECONDS);
            worstPress = Math.max(worstPress, probeMillis());
        }
        long worst = Math.max(worstPress, probeUntil(() -> stadium().connectedCountProperty().get() == SENSORS,
                "100 sensors connected"));
        System.err.printf("stadium scale: 100 connected %d ms after the first click; slowest probe between presses"
                + " %d ms%n", (System.nanoTime() - start) / 1_000_000, worstPress);

        assertThat(stadium().sensors()).hasSize(SENSORS);
        // Cards are built a few a frame, so the last ones may still be on their way.
        long built = probeUntil(() -> StadiumUiTest.cardLeds(window).size() == SENSORS, "100 cards built");
        assertThat(built).isLessThan(RESPONSIVE.toMillis());
        assertThat(window.text("#stadiumSummary")).isEqualTo("100 sensors, 100 connected");
        assertThat(worst).as("slowest answer of the FX thread while 100 sensors connect, ms")
                .isLessThan(RESPONSIVE.toMillis());
        await().atMost(RunningWindow.PATIENCE).until(() -> stadium().sensorsHeardProperty().get() == SENSORS);
        await().atMost(RunningWindow.PATIENCE).until(() -> Boolean.FALSE.equals(stadium().lightsOnProperty().get()));
    }

    @Test
    @Order(2)
    void oneDarkSliderAmongAHundredSwitchesTheNaiveStadiumOn() {
        // The tab starts with "any sensor dark": the teacher drags one card's slider into the shade.
        window.dragSlider("#sensor-6-light", 30);
        await().atMost(RunningWindow.PATIENCE).until(() -> StadiumUiTest.allCardLeds(window, SENSORS, true));
        assertThat(window.text("#stadiumExplanation"))
                .matches("1 of 100 sensors below (280|320), any one is enough: lights on\\.");
        window.snapshot("stadium-100-one-dark");
        window.robot.clickOn("#stadiumDaylight");
        await().atMost(RunningWindow.PATIENCE).until(() -> StadiumUiTest.allCardLeds(window, SENSORS, false));
    }

    @Test
    @Order(3)
    void nightfallSwitchesAHundredLedsAndTheWindowKeepsAnswering() throws Exception {
        long start = System.nanoTime();
        window.robot.clickOn("#stadiumNightfall");
        long worst = probeUntil(() -> WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() ->
                stadium().sensors().stream().allMatch(c -> c.ledOnProperty().get()))), "100 LEDs on");
        System.err.printf("stadium scale: nightfall to 100 LEDs on in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertThat(StadiumUiTest.allCardLeds(window, SENSORS, true)).isTrue();
        assertThat(worst).as("slowest answer of the FX thread during nightfall, ms").isLessThan(RESPONSIVE.toMillis());

        // Noise on every card: each wanders off its slider, and the window still answers.
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() ->
                stadium().sensors().forEach(c -> c.noisyProperty().set(true))));
        long noisy = probeUntil(() -> WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() ->
                stadium().sensors().stream().noneMatch(c -> c.readingTextProperty().get()
                        .equals(String.valueOf(c.levelProperty().get()))))), "100 noisy sensors off their sliders");
        assertThat(noisy).isLessThan(RESPONSIVE.toMillis());
    }

    @Test
    @Order(4)
    void closingWithAHundredSensorsLeavesNoThreadBehind() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.shell.shutdown(0)).get();
        await().atMost(RunningWindow.PATIENCE).until(() -> StadiumUiTest.stadiumThreads() == 0);
        await().atMost(RunningWindow.PATIENCE).untilAsserted(() ->
                assertThat(StadiumUiTest.liveNonDaemonThreads()).allMatch(threadsBefore::contains));
    }
}
