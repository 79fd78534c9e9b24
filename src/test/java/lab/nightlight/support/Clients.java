package lab.nightlight.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.ConnectOptions;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.MqttVersion;

/** Creates connected clients for a test and closes them all afterwards. */
public final class Clients implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private final List<MqttConnection> open = new ArrayList<>();

    public MqttConnection connect(BrokerAddress address, String clientId) {
        return connect(address, ConnectOptions.defaults(clientId));
    }

    public MqttConnection connect(BrokerAddress address, ConnectOptions options) {
        MqttConnection c = create(address, options);
        try {
            c.connect().get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not connect " + options.clientId() + " to " + address, e);
        }
        return c;
    }

    public MqttConnection create(BrokerAddress address, ConnectOptions options) {
        MqttConnection c = MqttConnection.create(address, options, Runnable::run);
        open.add(c);
        return c;
    }

    public static String uniqueId(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
    }

    public static ConnectOptions v3(String clientId) {
        return ConnectOptions.defaults(clientId).withVersion(MqttVersion.V3_1_1);
    }

    @Override
    public void close() {
        for (MqttConnection c : open) {
            try {
                c.disconnect().get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                // already gone
            }
        }
    }
}
