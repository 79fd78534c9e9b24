package lab.nightlight.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import lab.nightlight.broker.BrokerSettings;
import lab.nightlight.broker.EmbeddedBroker;
import lab.nightlight.device.VirtualDevice;
import lab.nightlight.lesson.Presence;
import lab.nightlight.lesson.Topics;
import lab.nightlight.mqtt.MqttVersion;
import lab.nightlight.settings.ConnectionProfile;
import lab.nightlight.support.TestBroker;
import lab.nightlight.trace.Direction;
import lab.nightlight.trace.Packet;
import lab.nightlight.trace.PacketType;
import lab.nightlight.trace.Vantage;
import lab.nightlight.ui.packets.Arrow;
import lab.nightlight.ui.packets.DemoViewModel;
import lab.nightlight.ui.packets.LateMessage;
import lab.nightlight.ui.packets.Lifeline;
import lab.nightlight.ui.packets.SequenceModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The packets view through the real window and the real embedded broker: the robot clicks the
 * demonstrations, and the diagram's model shows the packets the broker really saw.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PacketsUiTest {

    private static final Set<PacketType> ACKS = Set.of(PacketType.PUBACK, PacketType.PUBREC, PacketType.PUBREL,
            PacketType.PUBCOMP);
    private static RunningWindow window;

    @BeforeAll
    static void open() throws Exception {
        window = RunningWindow.open(new WindowOptions(null, null, null, java.util.Locale.ENGLISH, false, null,
                WindowOptions.View.PACKETS)).awaitConnected();
    }

    @AfterAll
    static void close() throws Exception {
        window.close();
    }

    private static SequenceModel diagram() {
        return window.shell.window().packets();
    }

    private static DemoViewModel demos() {
        return window.shell.window().demos();
    }

    private static Topics topics() {
        return window.app().pair().device().topics();
    }

    /** Scrolls the demonstrations panel so the node is in view, as a teacher would. */
    private static String reveal(String query) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.Node node = window.robot.lookup(query).query();
            javafx.scene.Node p = node.getParent();
            while (!(p instanceof javafx.scene.control.ScrollPane)) {
                p = p.getParent();
            }
            javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) p;
            javafx.scene.Node content = scroll.getContent();
            double y = content.sceneToLocal(node.localToScene(node.getLayoutBounds())).getMinY();
            double range = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(range <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / range)));
            return null;
        }));
        WaitForAsyncUtils.waitForFxEvents();
        return query;
    }

    /** A copy of the arrows, taken on the FX thread. */
    private static List<Arrow> arrows() {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> new ArrayList<>(diagram().arrows())));
    }

    /**
     * The last exchange at {@code qos} on one hop: the PUBLISH on {@code topic} between the broker
     * and {@code client}, then the acknowledgements with its packet id, in the order drawn.
     */
    private static List<PacketType> exchange(Lifeline client, String topic, int qos) {
        List<Arrow> all = arrows();
        int start = -1;
        for (int i = all.size() - 1; i >= 0; i--) {
            Packet p = all.get(i).packet();
            if (all.get(i).client() == client && p.type() == PacketType.PUBLISH && topic.equals(p.topic())
                    && p.qos() == qos) {
                start = i;
                break;
            }
        }
        List<PacketType> types = new ArrayList<>();
        if (start < 0) {
            return types;
        }
        Packet publish = all.get(start).packet();
        types.add(PacketType.PUBLISH);
        for (Arrow a : all.subList(start + 1, all.size())) {
            Packet p = a.packet();
            boolean sameWay = p.direction() == publish.direction();
            boolean expectedWay = p.type() == PacketType.PUBREL ? sameWay : !sameWay;
            if (a.client() == client && ACKS.contains(p.type()) && p.packetId() == publish.packetId() && expectedWay) {
                types.add(p.type());
            }
        }
        return types;
    }

    private static void awaitHops(int qos, List<PacketType> expected) {
        Topics t = topics();
        await().atMost(RunningWindow.PATIENCE).untilAsserted(() -> {
            assertThat(exchange(Lifeline.DEVICE, t.telemetry(), qos)).as("device -> broker telemetry").isEqualTo(expected);
            assertThat(exchange(Lifeline.SERVER, t.telemetry(), qos)).as("broker -> server telemetry").isEqualTo(expected);
            assertThat(exchange(Lifeline.SERVER, t.commands(), qos)).as("server -> broker command").isEqualTo(expected);
            assertThat(exchange(Lifeline.DEVICE, t.commands(), qos)).as("broker -> device command").isEqualTo(expected);
        });
    }

    @Test
    @Order(1)
    void qosTwoDrawsFourPacketsOnEveryHopInOrder() {
        assertThat(window.text("#vantageLabel")).isEqualTo("Seen inside the embedded broker");
        window.robot.clickOn(reveal("#qos2Button"));
        awaitHops(2, List.of(PacketType.PUBLISH, PacketType.PUBREC, PacketType.PUBREL, PacketType.PUBCOMP));
        assertThat(arrows()).anyMatch(a -> a.from() == Lifeline.DEVICE && a.to() == Lifeline.BROKER
                && a.packet().direction() == Direction.TO_BROKER);
    }

    @Test
    @Order(2)
    void qosOneDrawsPublishAndPuback() {
        window.robot.clickOn(reveal("#qos1Button"));
        awaitHops(1, List.of(PacketType.PUBLISH, PacketType.PUBACK));
    }

    @Test
    @Order(3)
    void clickingAnArrowExplainsIt() {
        window.robot.clickOn("#packetsPauseButton");
        // The first row under the lifelines' names holds an arrow by now; click it.
        javafx.scene.canvas.Canvas canvas = window.robot.lookup("#canvasHolder").queryAs(javafx.scene.layout.Pane.class)
                .getChildren().stream().filter(javafx.scene.canvas.Canvas.class::isInstance)
                .map(javafx.scene.canvas.Canvas.class::cast).findFirst().orElseThrow();
        window.robot.clickOn(window.robot.point(canvas).atPosition(javafx.geometry.Pos.TOP_CENTER)
                .atOffset(new javafx.geometry.Point2D(0, 60)));
        await().atMost(RunningWindow.PATIENCE).until(() -> diagram().selectedProperty().get() != null);
        PacketType type = diagram().selectedProperty().get().packet().type();
        assertThat(window.text("#detailsExplanation")).isEqualTo(
                Texts.load(java.util.Locale.ENGLISH).get(type.explanationKey()));
        window.snapshot("packets-selected");
        window.robot.clickOn("#packetsPauseButton");
    }

    @Test
    @Order(4)
    void theLateSubscriberSeesTheStoredCommandRetainedThenLiveOnesWithout() {
        window.app().pair().server().setRetainCommands(true);
        long sent = window.app().pair().server().counters().commandsSent();
        window.app().pair().device().sendTelemetry();
        await().atMost(RunningWindow.PATIENCE).until(() -> window.app().pair().server().counters().commandsSent() > sent);

        window.robot.clickOn(reveal("#lateButton"));
        await().atMost(RunningWindow.PATIENCE).until(() -> !demos().lateMessages().isEmpty());
        assertThat(demos().lateMessages().get(0).retain()).isTrue();

        window.app().pair().device().sendTelemetry();
        await().atMost(RunningWindow.PATIENCE).until(() -> demos().lateMessages().size() > 1);
        assertThat(demos().lateMessages().subList(1, demos().lateMessages().size()))
                .extracting(LateMessage::retain).containsOnly(false);
        // The late subscriber is a client of its own: the Other lifeline.
        assertThat(arrows()).anyMatch(a -> a.client() == Lifeline.OTHER);
    }

    @Test
    @Order(5)
    void clearRetainedAsksFirstThenTheBrokerForgets() {
        window.app().pair().server().setRetainCommands(false);
        window.robot.clickOn(reveal("#clearRetainedButton"));
        window.robot.clickOn(window.robot.lookup(".dialog-pane .button")
                .match((Button b) -> b.isDefaultButton()).queryButton());
        String commands = topics().commands();
        // The server publishes an empty retained message to the commands topic; the broker says so too.
        await().atMost(RunningWindow.PATIENCE).until(() -> arrows().stream().anyMatch(a -> a.client() == Lifeline.SERVER
                && a.packet().type() == PacketType.PUBLISH && commands.equals(a.packet().topic())
                && a.packet().retain() && "(empty)".equals(a.packet().preview())));

        window.robot.clickOn(reveal("#lateButton"));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> demos().lateMessages().stream().noneMatch(LateMessage::retain));
    }

    @Test
    @Order(6)
    void wildcardsMatchLiveTopicsAndTheLessonsStarIsRefused() {
        window.robot.clickOn(reveal("#filterField")).eraseText(20).write("+/telemetry");
        String telemetry = topics().telemetry();
        await().atMost(RunningWindow.PATIENCE).until(() -> window.text("#filterResult").contains(telemetry));
        assertThat(window.text("#filterResult")).doesNotContain(topics().commands());

        window.robot.eraseText(20).write("/telemetry/*");
        await().atMost(RunningWindow.PATIENCE).until(() -> window.text("#filterResult")
                .contains(Texts.load(java.util.Locale.ENGLISH).get(lab.nightlight.mqtt.TopicFilter.Problem.STAR.key())));
    }

    @Test
    @Order(7)
    void aCrashedDeviceTurnsTheServersPresenceOfflineThroughItsWill() {
        await().atMost(RunningWindow.PATIENCE).until(() -> demos().presenceProperty().get() == Presence.ONLINE);
        window.robot.clickOn(reveal("#crashDeviceButton"));
        await().atMost(RunningWindow.PATIENCE).until(() -> demos().presenceProperty().get() == Presence.OFFLINE);
        assertThat(window.text("#presenceLabel")).isEqualTo("The server sees the device: offline (last will)");

        window.robot.clickOn(reveal("#plugDeviceButton"));
        await().atMost(RunningWindow.PATIENCE).until(() -> demos().presenceProperty().get() == Presence.ONLINE);
    }

    @Test
    @Order(8)
    void aShortKeepAliveShowsPingsEvenWhenTheyWereHidden() {
        window.robot.clickOn("#hidePingsBox");
        assertThat(diagram().hidePingsProperty().get()).isTrue();
        window.robot.clickOn(reveal("#keepAliveSpinner")).eraseText(3).write("2");
        window.robot.clickOn(reveal("#keepAliveServerButton"));
        await().atMost(RunningWindow.PATIENCE).until(() -> window.app().sessionOptions(lab.nightlight.Pane.SERVER)
                .keepAliveSeconds() == 2);
        assertThat(diagram().hidePingsProperty().get()).isFalse();
        await().atMost(RunningWindow.PATIENCE).until(() -> arrows().stream().anyMatch(a -> a.client() == Lifeline.SERVER
                && a.packet().type() == PacketType.PINGREQ)
                && arrows().stream().anyMatch(a -> a.client() == Lifeline.SERVER
                && a.packet().type() == PacketType.PINGRESP));
    }

    /**
     * Both panes moved to another broker: the view now shows what the clients see, and says so;
     * back on the embedded broker, what the broker sees again. (It used to keep listening inside
     * the embedded broker, which stops once no pane uses it, and showed nothing.)
     */
    @Test
    @Order(9)
    void bothPanesOnAnotherBrokerThePacketsAreSeenAtTheClientsThenInsideAgain() throws Exception {
        EmbeddedBroker other = new EmbeddedBroker(
                BrokerSettings.defaults(Files.createTempDirectory("nl-other"))
                        .withPort(TestBroker.freePort()));
        try {
            String url = other.start().get(60, TimeUnit.SECONDS).url();
            ConnectionProfile elsewhere = new ConnectionProfile(
                    "Class broker", false, url, MqttVersion.V5, null, null, false, null, false, null);
            window.app().switchProfiles(elsewhere, elsewhere).get(60, TimeUnit.SECONDS);
            await().atMost(RunningWindow.PATIENCE).until(() ->
                    window.text("#vantageLabel").equals("Seen at each client (external broker)"));
            String telemetry = topics().telemetry();
            await().atMost(RunningWindow.PATIENCE).pollInterval(Duration.ofMillis(500)).until(() ->
                    arrows().stream().anyMatch(a -> a.packet().vantage() == Vantage.CLIENT
                            && a.packet().type() == PacketType.PUBLISH && telemetry.equals(a.packet().topic()))
                            || resendTelemetry());

            ConnectionProfile embedded = ConnectionProfile.embeddedBroker();
            window.app().switchProfiles(embedded, embedded).get(90, TimeUnit.SECONDS);
            await().atMost(RunningWindow.PATIENCE).until(() ->
                    window.text("#vantageLabel").equals("Seen inside the embedded broker"));
        } finally {
            other.stop();
        }
    }

    /** Sends the device's reading once more; false, so the wait goes on. */
    private static boolean resendTelemetry() {
        VirtualDevice device = window.app().pair().device();
        if (device.connection().state().isConnected()) {
            device.sendTelemetry();
        }
        return false;
    }
}
