package lab.nightlight.broker;

/**
 * The broker's config.xml. Written every start so that the broker never falls back to its
 * built-in config, which listens on 0.0.0.0:1883, open to the network.
 */
final class BrokerConfigXml {

    /**
     * Messages the broker holds for one client that cannot take them yet. HiveMQ's default, 1000,
     * silently discards most of a student's burst of a few thousand messages while the window's
     * server works through them; 100,000 tiny lesson messages are a few MB in memory.
     */
    static final int MAX_QUEUED_PER_CLIENT = 100_000;

    private BrokerConfigXml() {
    }

    static String render(String bindAddress, int port) {
        return """
                <?xml version="1.0"?>
                <hivemq>
                    <listeners>
                        <tcp-listener>
                            <port>%d</port>
                            <bind-address>%s</bind-address>
                        </tcp-listener>
                    </listeners>
                    <persistence>
                        <mode>in-memory</mode>
                    </persistence>
                    <mqtt>
                        <queued-messages>
                            <max-queue-size>%d</max-queue-size>
                        </queued-messages>
                    </mqtt>
                    <anonymous-usage-statistics>
                        <enabled>false</enabled>
                    </anonymous-usage-statistics>
                </hivemq>
                """.formatted(port, escape(bindAddress), MAX_QUEUED_PER_CLIENT);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
