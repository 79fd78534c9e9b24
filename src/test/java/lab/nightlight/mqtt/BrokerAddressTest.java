package lab.nightlight.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Addresses as students type them: from the lesson, from Mosquitto's docs, from a docker-compose file. */
class BrokerAddressTest {

    @ParameterizedTest(name = "{0} -> {1}:{2}")
    @CsvSource({
            "mqtt://127.0.0.1:1883, 127.0.0.1, 1883",
            "tcp://test.mosquitto.org:1883, test.mosquitto.org, 1883",
            "mqtt://broker.local, broker.local, 1883",
            "tcp://broker.local:1884, broker.local, 1884",
            "MQTT://Broker.Local:1883, Broker.Local, 1883",
            "localhost, localhost, 1883",
            "localhost:1884, localhost, 1884",
            "127.0.0.1, 127.0.0.1, 1883",
            "'  mqtt://127.0.0.1:1883  ', 127.0.0.1, 1883",
            "mqtt://127.0.0.1:1883/, 127.0.0.1, 1883",
            // Docker Compose service names often contain underscores, which java.net.URI rejects as a host.
            "mqtt://mosquitto_broker:1883, mosquitto_broker, 1883",
            "my_broker, my_broker, 1883",
    })
    void parsesTheFormsStudentsType(String url, String host, int port) {
        BrokerAddress address = BrokerAddress.parse(url);
        assertThat(address.host()).isEqualTo(host);
        assertThat(address.port()).isEqualTo(port);
    }

    @Test
    void anIpv6AddressKeepsItsBracketsOnlyInTheUrl() {
        BrokerAddress address = BrokerAddress.parse("mqtt://[::1]:1884");
        // The host goes to the client as it is: "[::1]" is not a host name it can resolve.
        assertThat(address.host()).isEqualTo("::1");
        assertThat(address.port()).isEqualTo(1884);
        assertThat(address.url()).isEqualTo("mqtt://[::1]:1884");
        assertThat(BrokerAddress.parse(address.url())).isEqualTo(address);
    }

    @Test
    void theUrlRoundTrips() {
        BrokerAddress address = new BrokerAddress("broker.local", 1884);
        assertThat(address.url()).isEqualTo("mqtt://broker.local:1884");
        assertThat(address).hasToString("mqtt://broker.local:1884");
        assertThat(BrokerAddress.parse(address.url())).isEqualTo(address);
        assertThat(BrokerAddress.LOCAL_DEFAULT.url()).isEqualTo("mqtt://127.0.0.1:1883");
    }

    @Test
    void otherSchemesAreRefusedByNameWithTheFormsThatWork() {
        assertThatThrownBy(() -> BrokerAddress.parse("http://broker.local"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'http://' is not a broker address; use mqtt://, tcp://, mqtts:// (TLS), ws:// or wss://"
                        + " (WebSocket), as in mqtt://127.0.0.1:1883.");
        assertThatThrownBy(() -> BrokerAddress.parse("ftp://broker.local")).hasMessageContaining("'ftp://' is not a broker address");
        // The window and the commands say it in their own language from the kind and the part at fault.
        assertThatThrownBy(() -> BrokerAddress.parse("ftp://broker.local")).isInstanceOfSatisfying(BrokerAddress.Invalid.class,
                e -> {
                    assertThat(e.kind()).isEqualTo(BrokerAddress.Invalid.Kind.UNKNOWN_SCHEME);
                    assertThat(e.value()).isEqualTo("ftp://");
                });
    }

    @Test
    void tlsAndWebSocketAddressesKeepTheirTransportPortAndPath() {
        BrokerAddress tls = BrokerAddress.parse("mqtts://broker.local");
        assertThat(tls.transport()).isEqualTo(Transport.TLS);
        assertThat(tls.port()).isEqualTo(8883);
        assertThat(BrokerAddress.parse("ssl://b:8886").transport()).isEqualTo(Transport.TLS);
        BrokerAddress ws = BrokerAddress.parse("ws://test.mosquitto.org:8080");
        assertThat(ws.transport()).isEqualTo(Transport.WEBSOCKET);
        assertThat(ws.path()).isEqualTo("/mqtt");
        BrokerAddress wss = BrokerAddress.parse("wss://b:8081/custom");
        assertThat(wss.transport()).isEqualTo(Transport.SECURE_WEBSOCKET);
        assertThat(wss.path()).isEqualTo("/custom");
        assertThat(wss.url()).isEqualTo("wss://b:8081/custom");
        assertThat(BrokerAddress.parse(wss.url())).isEqualTo(wss);
        assertThat(BrokerAddress.parse("mqtt://b:1883/ignored").path()).isNull();
    }

    @Test
    void emptyAndHostlessAddressesSayWhatToWrite() {
        assertThatThrownBy(() -> BrokerAddress.parse("")).hasMessageContaining("empty").hasMessageContaining("mqtt://127.0.0.1:1883");
        assertThatThrownBy(() -> BrokerAddress.parse("   ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> BrokerAddress.parse(null)).hasMessageContaining("empty");
        assertThatThrownBy(() -> BrokerAddress.parse("mqtt://")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mqtt://127.0.0.1:1883");
        assertThatThrownBy(() -> BrokerAddress.parse("mqtt://:1883")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mqtt://127.0.0.1:1883");
        assertThatThrownBy(() -> BrokerAddress.parse("mqtt://bro ker:1883")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void portsOutsideTheRangeAreRefusedWithTheRange() {
        assertThatThrownBy(() -> BrokerAddress.parse("mqtt://broker.local:0")).hasMessageContaining("1 to 65535");
        assertThatThrownBy(() -> BrokerAddress.parse("mqtt://broker.local:70000")).hasMessageContaining("1 to 65535");
        assertThatThrownBy(() -> new BrokerAddress("h", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BrokerAddress(" ", 1883)).hasMessageContaining("no host name");
    }
}
