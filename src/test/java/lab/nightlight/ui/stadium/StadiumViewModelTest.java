package lab.nightlight.ui.stadium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import lab.nightlight.lesson.DeviceIds;
import lab.nightlight.lesson.Topics;
import lab.nightlight.mqtt.ConnectionState;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.Qos;
import lab.nightlight.server.StadiumServer;
import lab.nightlight.server.policy.Policy;
import lab.nightlight.support.Clients;
import lab.nightlight.support.Recorder;
import lab.nightlight.support.TestBroker;
import lab.nightlight.ui.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The stadium's view model without a toolkit, over real sensors and a real stadium server on the
 * test broker. The test calls {@link StadiumViewModel#frame()} as the tab's frame timer would.
 */
class StadiumViewModelTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final List<StadiumSession> sessions = new ArrayList<>();
    private final List<MqttConnection> connections = new ArrayList<>();
    private StadiumViewModel model;

    private StadiumViewModel model(Locale locale) {
        Topics topics = new Topics(DeviceIds.random() + StadiumTab.SUFFIX);
        model = new StadiumViewModel(Texts.load(locale), settings -> {
            StadiumSession s = new StadiumSession(topics, (options, events) -> {
                MqttConnection c = MqttConnection.create(TestBroker.address(), options.withRetryFirstConnect(true),
                        events);
                synchronized (connections) {
                    connections.add(c);
                }
                return CompletableFuture.completedFuture(c);
            }, settings);
            sessions.add(s);
            return s;
        }, Clock.systemUTC(), new Random(7));
        return model;
    }

    @AfterEach
    void end() throws Exception {
        if (model != null) {
            model.closeSession().get(10, TimeUnit.SECONDS);
        }
    }

    /** Waits, calling frame() as the FX thread would once a frame. */
    private void until(Callable<Boolean> condition) {
        await().atMost(PATIENCE).pollInSameThread().pollInterval(Duration.ofMillis(20)).until(() -> {
            model.frame();
            return condition.call();
        });
    }

    private boolean allConnected() {
        return model.sensors().stream().allMatch(c -> c.connectedProperty().get());
    }

    private boolean allLeds(boolean on) {
        return model.sensors().stream().allMatch(c -> c.ledOnProperty().get() == on);
    }

    private static long stadiumThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().equals("nightlight-stadium")).count();
    }

    @Test
    void nothingRunsUntilTheFirstSensorIsAdded() {
        // An earlier test's stadium thread may still be ending: count from none.
        await().atMost(PATIENCE).until(() -> stadiumThreads() == 0);
        StadiumViewModel m = model(Locale.ENGLISH);
        long before = stadiumThreads();
        m.frame();
        assertThat(sessions).isEmpty();
        assertThat(m.activeProperty().get()).isFalse();
        assertThat(m.summaryProperty().get()).isEqualTo("No sensors yet");
        assertThat(m.headlineProperty().get()).isEqualTo("No decision yet");
        assertThat(stadiumThreads()).isEqualTo(before);
        m.removeAll(); // nothing to remove: still nothing started
        assertThat(sessions).isEmpty();
    }

    @Test
    void aShadedSensorFoolsAnyButNotTheMedianAndNightfallLightsEveryCard() {
        StadiumViewModel m = model(Locale.ENGLISH);
        m.addSensors(5);
        assertThat(m.sensors()).extracting(SensorViewModel::name)
                .containsExactly("sensor-1", "sensor-2", "sensor-3", "sensor-4", "sensor-5");
        assertThat(m.activeProperty().get()).isTrue();
        until(this::allConnected);
        // The first decision compares with 300; once the lights are off, the band lowers it to 280.
        until(() -> "0 of 5 sensors below 280, any one is enough: lights off.".equals(m.explanationProperty().get()));
        assertThat(m.lightsOnProperty().get()).isFalse();
        assertThat(m.summaryProperty().get()).isEqualTo("5 sensors, 5 connected");
        until(() -> allLeds(false));

        // The naive policy: one bird is enough (below 280: the band holds the lights off until then).
        SensorViewModel shaded = m.shadeOne();
        assertThat(shaded.levelProperty().get()).isEqualTo(StadiumViewModel.SHADE_LEVEL);
        until(() -> Boolean.TRUE.equals(m.lightsOnProperty().get()));
        // 280 in the decision that switched them on; once they are on, the band moves the line to 320.
        assertThat(m.explanationProperty().get()).matches("1 of 5 sensors below (280|320), any one is enough: lights on\\.");
        until(() -> allLeds(true));

        // The median decides again at once, with the band now above the threshold.
        m.policyProperty().set(Policy.Kind.MEDIAN);
        until(() -> Boolean.FALSE.equals(m.lightsOnProperty().get()));
        // 320 in the decision that switched them off; a later reading may already be judged
        // against 280 by the time we look, as in the step above.
        assertThat(m.explanationProperty().get()).matches("Median \\d+ not below (280|320) over 5 sensors: lights off\\.");
        assertThat(m.decisionProperty().get().dark()).isEqualTo(1);
        until(() -> allLeds(false));

        m.nightfall();
        until(() -> Boolean.TRUE.equals(m.lightsOnProperty().get()) && allLeds(true));
        assertThat(m.headlineProperty().get()).isEqualTo("Lights on");
        assertThat(m.sensors()).allSatisfy(c -> assertThat(c.ledTextProperty().get()).isEqualTo("ON"));
    }

    @Test
    void perDeviceSendsOneCommandPerSensorAndBroadcastOne() {
        StadiumViewModel m = model(Locale.ENGLISH);
        m.addSensors(4);
        until(() -> allConnected() && Boolean.FALSE.equals(m.lightsOnProperty().get()) && m.sensorsHeardProperty().get() == 4);

        m.addressingProperty().set(StadiumServer.Addressing.PER_DEVICE);
        long before = m.commandsSentProperty().get();
        m.nightfall();
        until(() -> allLeds(true) && m.commandsSentProperty().get() == before + 4);
        assertThat(m.sensors()).allSatisfy(c -> assertThat(c.commandsProperty().get()).isPositive());

        m.addressingProperty().set(StadiumServer.Addressing.BROADCAST);
        long broadcastBefore = m.commandsSentProperty().get();
        m.daylight();
        until(() -> allLeds(false) && m.commandsSentProperty().get() == broadcastBefore + 1);
    }

    @Test
    void aNoisySensorWandersAroundItsSlider() {
        StadiumViewModel m = model(Locale.ENGLISH);
        m.addSensors(1);
        SensorViewModel card = m.sensors().get(0);
        card.levelProperty().set(500);
        until(() -> card.connectedProperty().get() && "500".equals(card.readingTextProperty().get()));
        card.noisyProperty().set(true);
        until(() -> !"500".equals(card.readingTextProperty().get()) && !card.readingTextProperty().get().isEmpty());
        int reading = Integer.parseInt(card.readingTextProperty().get());
        assertThat(reading).isBetween(500 - 6 * StadiumSession.NOISE, 500 + 6 * StadiumSession.NOISE);
        card.noisyProperty().set(false);
        until(() -> "500".equals(card.readingTextProperty().get()));
    }

    @Test
    void removingSensorsDisconnectsThemAndRemovingAllEndsTheStadium() throws Exception {
        StadiumViewModel m = model(Locale.ENGLISH);
        m.addSensors(3);
        until(this::allConnected);
        List<MqttConnection> opened;
        synchronized (connections) {
            opened = List.copyOf(connections);
        }
        assertThat(opened).hasSize(4); // three sensors and the server
        // The broadcast must be on the broker before the late subscriber comes, or it arrives live
        // (not flagged retained) and the test waits for a retained copy that never comes.
        until(() -> sessions.get(0).commandsSent() >= 1);
        try (Clients clients = new Clients()) {
            Recorder late = lateSubscriber(clients, sessions.get(0).topics());
            await().atMost(PATIENCE).until(() -> late.size() == 1 && late.last().retain());
        }

        SensorViewModel last = m.sensors().get(2);
        m.removeLast();
        assertThat(m.sensors()).doesNotContain(last);
        assertThat(m.summaryProperty().get()).isEqualTo("2 sensors, 2 connected");
        MqttConnection lastConnection = opened.stream()
                .filter(c -> c.options().clientId().endsWith(last.name())).findFirst().orElseThrow();
        await().atMost(PATIENCE).until(() -> lastConnection.state() instanceof ConnectionState.Disconnected);

        m.removeAll();
        assertThat(m.activeProperty().get()).isFalse();
        assertThat(m.sensors()).isEmpty();
        sessions.get(0).close().get(10, TimeUnit.SECONDS);
        assertThat(opened).allSatisfy(c -> assertThat(c.state()).isInstanceOfAny(ConnectionState.Disconnected.class,
                ConnectionState.Idle.class));
        await().atMost(PATIENCE).until(() -> stadiumThreads() == 0);
        // The retained broadcast is cleared on the way out, so the next class starts from nothing.
        try (Clients clients = new Clients()) {
            Recorder late = lateSubscriber(clients, sessions.get(0).topics());
            await().during(Duration.ofSeconds(1)).atMost(PATIENCE).until(() -> late.size() == 0);
        }

        // A new sensor starts a new stadium, with names that never repeat.
        m.addSensors(1);
        assertThat(sessions).hasSize(2);
        assertThat(m.sensors().get(0).name()).isEqualTo("sensor-4");
    }

    /** What a newcomer to the stadium's broadcast topic gets: the retained command, if any. */
    private static Recorder lateSubscriber(Clients clients, Topics topics) throws Exception {
        MqttConnection late = clients.connect(TestBroker.address(), Clients.uniqueId("late"));
        Recorder seen = new Recorder();
        late.subscribe(topics.commands(), Qos.AT_LEAST_ONCE, seen).get(10, TimeUnit.SECONDS);
        return seen;
    }

    @Test
    void theServerPanelSpeaksKorean() {
        StadiumViewModel m = model(Locale.KOREAN);
        assertThat(m.headlineProperty().get()).isEqualTo("아직 결정 없음");
        m.addSensors(3);
        until(() -> "센서 3개 중 0개가 280 미만, 하나만 어두워도 충분 → 조명을 끕니다.".equals(m.explanationProperty().get()));
        assertThat(m.summaryProperty().get()).isEqualTo("센서 3개, 3개 연결됨");
        assertThat(m.policyName(Policy.Kind.MEDIAN)).isEqualTo("중앙값이 기준값 미만이면");
    }
}
