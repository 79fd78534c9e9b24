package lab.nightlight.broker;

/** A snapshot of the broker's counters, for the connection bar. */
public record BrokerStats(long connectedClients, long publishesIn, long publishesOut) {

    public static final BrokerStats NONE = new BrokerStats(0, 0, 0);
}
