package lab.nightlight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class StartTimesTest {

    @Test
    void eachMilestoneKeepsItsFirstTimeSinceTheJvmStarted() {
        AtomicLong now = new AtomicLong(10_000);
        StartTimes times = new StartTimes(9_000, now::get);
        assertThat(times.json())
                .isEqualTo("{\"event\":\"start\",\"shown_ms\":-1,\"first_frame_ms\":-1,\"connected_ms\":-1,\"answered_ms\":-1}");

        now.set(10_200);
        times.pulse(); // a pulse before the window is shown is not its first frame
        now.set(10_500);
        times.shown();
        now.set(10_600);
        times.pulse();
        now.set(10_700);
        times.pulse();
        now.set(12_000);
        times.connected();
        now.set(12_300);
        times.connected(); // a reconnect later does not move the first time
        times.answered();
        now.set(13_000);
        times.shown();

        assertThat(times.shownMs()).isEqualTo(1_500);
        assertThat(times.firstFrameMs()).isEqualTo(1_600);
        assertThat(times.connectedMs()).isEqualTo(3_000);
        assertThat(times.answeredMs()).isEqualTo(3_300);
        assertThat(times.json()).isEqualTo(
                "{\"event\":\"start\",\"shown_ms\":1500,\"first_frame_ms\":1600,\"connected_ms\":3000,\"answered_ms\":3300}");
    }
}
