package lab.nightlight.broker;

/**
 * The broker's config.xml. Written every start so that the broker never falls back to its
 * built-in config, which listens on 0.0.0.0:1883, open to the network.
 */
final class BrokerConfigXml {

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
                    <anonymous-usage-statistics>
                        <enabled>false</enabled>
                    </anonymous-usage-statistics>
                </hivemq>
                """.formatted(port, escape(bindAddress));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
