package lab.nightlight.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import lab.nightlight.broker.BrokerException;
import lab.nightlight.broker.BrokerInfo;
import lab.nightlight.broker.BrokerSettings;
import lab.nightlight.broker.EmbeddedBroker;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.ConnectOptions;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.MqttException;
import lab.nightlight.mqtt.MqttProblem;
import lab.nightlight.support.Clients;
import lab.nightlight.support.TestBroker;
import org.junit.jupiter.api.Test;

/** Classroom mode: the embedded broker with the teacher's login, and never open without one. */
class ClassroomModeTest {

    @Test
    void listeningBeyondThisComputerWithoutALoginIsRefusedWithAReason() throws Exception {
        EmbeddedBroker open = new EmbeddedBroker(BrokerSettings.defaults(Files.createTempDirectory("nl-open"))
                .withBindAddress("0.0.0.0").withPort(TestBroker.freePort()));
        assertThatThrownBy(() -> open.start().get(60, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(BrokerException.class)
                .hasMessageContaining("needs a user name and password");
    }

    @Test
    void studentsWithTheTeachersLoginConnectAndOthersAreToldWhy() throws Exception {
        EmbeddedBroker broker = new EmbeddedBroker(BrokerSettings.defaults(Files.createTempDirectory("nl-class"))
                .withPort(TestBroker.freePort()).withCredentials("class7", "nightlight-secret"));
        BrokerInfo info = broker.start().get(60, TimeUnit.SECONDS);
        BrokerAddress address = BrokerAddress.parse(info.url());
        try (Clients clients = new Clients()) {
            MqttConnection student = clients.connect(address,
                    ConnectOptions.defaults(Clients.uniqueId("student")).withCredentials("class7", "nightlight-secret"));
            assertThat(student.state().isConnected()).isTrue();

            MqttConnection guesser = clients.create(address,
                    ConnectOptions.defaults(Clients.uniqueId("guess")).withCredentials("class7", "wrong-guess"));
            assertThatThrownBy(() -> guesser.connect().get(15, TimeUnit.SECONDS))
                    .cause().isInstanceOf(MqttException.class)
                    .satisfies(e -> {
                        MqttProblem problem = ((MqttException) e).problem();
                        assertThat(problem.kind()).isEqualTo(MqttProblem.Kind.BAD_CREDENTIALS);
                        assertThat(problem.fullSentence()).contains(address.url()).contains("user name and password")
                                .doesNotContain("wrong-guess");
                    });

            MqttConnection anonymous = clients.create(address, ConnectOptions.defaults(Clients.uniqueId("anon")));
            assertThatThrownBy(() -> anonymous.connect().get(15, TimeUnit.SECONDS))
                    .cause().isInstanceOf(MqttException.class);
        } finally {
            broker.stop();
        }
    }
}
