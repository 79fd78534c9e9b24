package lab.nightlight.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.TilePane;
import lab.nightlight.mqtt.Message;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.Qos;
import lab.nightlight.support.Clients;
import lab.nightlight.support.Recorder;
import lab.nightlight.trace.Packet;
import lab.nightlight.trace.PacketType;
import lab.nightlight.ui.led.LedIndicator;
import lab.nightlight.ui.stadium.StadiumViewModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The stadium tab in the real window over the real embedded broker: the robot adds ten sensors,
 * shades one under the median, brings nightfall, switches the commands between per-device and
 * broadcast, and closes the window; every sensor and the stadium server say goodbye.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StadiumUiTest {

    private static RunningWindow window;
    private static Set<Thread> threadsBefore;
    private static final List<Packet> GOODBYES = new CopyOnWriteArrayList<>();
    private static Clients clients;

    @BeforeAll
    static void open() throws Exception {
        threadsBefore = liveNonDaemonThreads();
        window = RunningWindow.open(WindowOptions.DEFAULTS).awaitConnected();
        window.app().packets().listen(p -> {
            if (p.type() == PacketType.DISCONNECT && p.clientId().startsWith(stadiumId())) {
                GOODBYES.add(p);
            }
        });
        clients = new Clients();
    }

    @AfterAll
    static void close() throws Exception {
        clients.close();
        window.close();
    }

    static Set<Thread> liveNonDaemonThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !t.isDaemon())
                .filter(t -> !t.getName().startsWith("awaitility"))
                .collect(Collectors.toSet());
    }

    static long stadiumThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().equals("nightlight-stadium")).count();
    }

    private static StadiumViewModel stadium() {
        return window.shell.window().stadium().model();
    }

    private static String stadiumId() {
        return window.app().pair().device().topics().id() + "-stadium";
    }

    /** Clicks the Stadium tab's header, as a teacher would. */
    static void openStadiumTab(RunningWindow w) {
        Node header = w.robot.lookup(".tab-header-area .tab").match((Node n) ->
                n.lookup(".tab-label") instanceof Label l && "Stadium".equals(l.getText())).query();
        w.robot.clickOn(header);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The LEDs on the cards as the window shows them. */
    static List<LedIndicator> cardLeds(RunningWindow w) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() ->
                List.copyOf(w.robot.lookup(".sensor-card .sensor-led").queryAllAs(LedIndicator.class))));
    }

    static boolean allCardLeds(RunningWindow w, int count, boolean on) {
        List<LedIndicator> leds = cardLeds(w);
        return leds.size() == count && leds.stream().allMatch(l -> l.isOn() == on);
    }

    /** Scrolls the server panel so the node is in view, as a teacher would. */
    static String reveal(String query) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            Node node = window.robot.lookup(query).query();
            Node p = node.getParent();
            while (!(p instanceof javafx.scene.control.ScrollPane)) {
                p = p.getParent();
            }
            javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) p;
            Node content = scroll.getContent();
            double y = content.sceneToLocal(node.localToScene(node.getLayoutBounds())).getMinY();
            double range = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(range <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / range)));
            return null;
        }));
        WaitForAsyncUtils.waitForFxEvents();
        return query;
    }

    @Test
    @Order(1)
    void theTabStartsNothingUntilTheTeacherAddsASensor() {
        openStadiumTab(window);
        assertThat(window.find("#emptyState", Node.class).isVisible()).isTrue();
        assertThat(stadium().activeProperty().get()).isFalse();
        assertThat(stadiumThreads()).isZero();
        assertThat(window.text("#stadiumSummary")).isEqualTo("No sensors yet");
        window.snapshot("stadium-empty");
        await().atMost(RunningWindow.PATIENCE).until(() -> window.app().brokerStats().connectedClients() == 2);
        // The stand-in card that readies the cards' styles (CardGrid.warmUp) leaves nothing behind.
        assertThat(WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() ->
                window.find("#cardGrid", TilePane.class).getChildren().size()))).isZero();
    }

    @Test
    @Order(2)
    void tenSensorsConnectEachWithItsOwnClient() {
        long start = System.nanoTime();
        window.robot.clickOn("#stadiumAddTen");
        await().atMost(RunningWindow.PATIENCE).until(() -> stadium().connectedCountProperty().get() == 10);
        System.err.printf("stadium: 10 sensors connected in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertThat(window.text("#stadiumSummary")).isEqualTo("10 sensors, 10 connected");
        assertThat(window.find("#emptyState", Node.class).isVisible()).isFalse();
        await().atMost(RunningWindow.PATIENCE).until(() -> cardLeds(window).size() == 10);
        // Ten sensors and the stadium's server, besides the lesson's device and server.
        await().atMost(RunningWindow.PATIENCE).until(() -> window.app().brokerStats().connectedClients() == 13);
        assertThat(window.text("#stadiumTopics")).contains(stadiumId() + "/+/telemetry");
    }

    @Test
    @Order(3)
    void oneShadedSensorFoolsAnyButNotTheMedian() {
        // The naive policy, as the tab starts: one bird over one sensor switches the stadium on.
        window.robot.clickOn("#stadiumShade");
        await().atMost(RunningWindow.PATIENCE).until(() -> allCardLeds(window, 10, true));
        assertThat(window.text("#stadiumHeadline")).isEqualTo("Lights on");
        // 280 when it switched on; once on, the band moves the line to 320.
        assertThat(window.text("#stadiumExplanation"))
                .matches("1 of 10 sensors below (280|320), any one is enough: lights on\\.");
        window.snapshot("stadium-any-shaded");
        window.robot.clickOn("#stadiumDaylight");
        await().atMost(RunningWindow.PATIENCE).until(() -> allCardLeds(window, 10, false));

        window.choose("#stadiumPolicy", "Median below threshold");
        await().atMost(RunningWindow.PATIENCE).until(() -> window.text("#stadiumExplanation")
                .matches("Median \\d+ not below 280 over 10 sensors: lights off\\."));
        assertThat(window.text("#stadiumHeadline")).isEqualTo("Lights off");

        window.robot.clickOn("#stadiumShade");
        // The shaded sensor's reading has reached the server once a decision counts it as dark.
        await().atMost(RunningWindow.PATIENCE).until(() -> stadium().decisionProperty().get() != null
                && stadium().decisionProperty().get().dark() == 1);
        assertThat(stadium().decisionProperty().get().ledOn()).isFalse();
        assertThat(stadium().sensors().stream().filter(c -> c.levelProperty().get() < 100).count()).isEqualTo(1);
        assertThat(window.text("#stadiumHeadline")).isEqualTo("Lights off");
        assertThat(window.text("#stadiumExplanation")).matches("Median \\d+ not below 280 over 10 sensors: lights off\\.");
        assertThat(allCardLeds(window, 10, false)).isTrue();
    }

    @Test
    @Order(4)
    void nightfallLightsEveryCard() {
        window.robot.clickOn("#stadiumNightfall");
        await().atMost(RunningWindow.PATIENCE).until(() -> allCardLeds(window, 10, true));
        assertThat(window.text("#stadiumHeadline")).isEqualTo("Lights on");
        // The decision that switched them on compared with 280; the next ones, with the lights on, with 320.
        await().atMost(RunningWindow.PATIENCE).until(() -> window.text("#stadiumExplanation")
                .matches("Median \\d+ below 320 over 10 sensors: lights on\\."));
        assertThat(window.text("#stadiumBandNote")).startsWith("While the lights are on, dark means below 320 (300 + 20)");
        assertThat(window.find("#stadiumLights", LedIndicator.class).isOn()).isTrue();
        window.snapshot("stadium-nightfall");
    }

    @Test
    @Order(5)
    void commandsGoToEachSensorOrOnceToAll() throws Exception {
        Recorder perDevice = new Recorder();
        Recorder broadcast = new Recorder();
        MqttConnection teacher = clients.connect(window.app().brokerAddress(), Clients.uniqueId("teacher"));
        teacher.subscribe(stadiumId() + "/+/commands", Qos.AT_MOST_ONCE, perDevice).get(10, TimeUnit.SECONDS);
        teacher.subscribe(stadiumId() + "/commands", Qos.AT_MOST_ONCE, broadcast).get(10, TimeUnit.SECONDS);
        // The retained broadcast from nightfall arrives on subscribing.
        await().atMost(RunningWindow.PATIENCE).until(() -> broadcast.size() == 1);
        broadcast.clear();

        window.robot.clickOn(reveal("#stadiumPerDevice"));
        long before = stadium().commandsSentProperty().get();
        window.robot.clickOn("#stadiumDaylight");
        await().atMost(RunningWindow.PATIENCE).until(() -> allCardLeds(window, 10, false));
        await().atMost(RunningWindow.PATIENCE).until(() -> perDevice.size() == 10
                && stadium().commandsSentProperty().get() == before + 10);
        assertThat(perDevice.messages().stream().map(Message::topic).collect(Collectors.toSet())).hasSize(10)
                .allMatch(t -> t.matches(java.util.regex.Pattern.quote(stadiumId()) + "/sensor-\\d+/commands"));
        assertThat(perDevice.messages()).allMatch(m -> new String(m.payload(), StandardCharsets.UTF_8).contains("false"));
        assertThat(broadcast.size()).isZero();
        assertThat(window.text("#stadiumCommands")).isEqualTo(String.valueOf(before + 10));

        window.robot.clickOn(reveal("#stadiumBroadcast"));
        perDevice.clear();
        long beforeBroadcast = stadium().commandsSentProperty().get();
        window.robot.clickOn("#stadiumNightfall");
        await().atMost(RunningWindow.PATIENCE).until(() -> allCardLeds(window, 10, true));
        await().atMost(RunningWindow.PATIENCE).until(() -> broadcast.size() == 1
                && stadium().commandsSentProperty().get() == beforeBroadcast + 1);
        assertThat(new String(broadcast.last().payload(), StandardCharsets.UTF_8)).contains("true");
        assertThat(perDevice.size()).isZero();
        assertThat(stadium().sensors()).allSatisfy(c -> assertThat(c.commandsProperty().get()).isGreaterThanOrEqualTo(3));
    }

    @Test
    @Order(6)
    void closingTheWindowDisconnectsEverySensorAndTheServerAndLeavesNoThread() throws Exception {
        clients.close();
        WaitForAsyncUtils.asyncFx(() -> window.shell.shutdown(0)).get();
        // Goodbyes (DISCONNECT) the broker saw from all ten sensors and the stadium's server before it stopped.
        await().atMost(RunningWindow.PATIENCE).until(() -> GOODBYES.stream().map(Packet::clientId)
                .collect(Collectors.toSet()).size() == 11);
        await().atMost(RunningWindow.PATIENCE).until(() -> stadiumThreads() == 0);
        await().atMost(RunningWindow.PATIENCE).untilAsserted(() ->
                assertThat(liveNonDaemonThreads()).allMatch(threadsBefore::contains));
    }
}
