package lab.nightlight.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import lab.nightlight.broker.BrokerInfo;
import lab.nightlight.broker.BrokerSettings;
import lab.nightlight.broker.EmbeddedBroker;
import lab.nightlight.mqtt.BrokerAddress;

/**
 * One real embedded broker for the whole test run (starting one takes 1-2 s), on a free
 * loopback port so that a Mosquitto on 1883 does not matter.
 */
public final class TestBroker {

    private static EmbeddedBroker broker;
    private static BrokerInfo info;

    private TestBroker() {
    }

    public static synchronized BrokerAddress address() {
        if (broker == null) {
            try {
                Path root = Files.createTempDirectory("nightlight-test-broker");
                broker = new EmbeddedBroker(BrokerSettings.defaults(root).withPort(freePort()));
                info = broker.start().get(60, TimeUnit.SECONDS);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> broker.stop()));
            } catch (Exception e) {
                throw new IllegalStateException("The embedded test broker did not start", e);
            }
        }
        return BrokerAddress.parse(info.url());
    }

    public static synchronized EmbeddedBroker broker() {
        address();
        return broker;
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
