package lab.nightlight.trace;

/** Where packets were observed: inside the broker (embedded) or at a client's side of the wire. */
public enum Vantage {
    /** The embedded broker's interceptors: every client's packets, as the broker sees them. */
    BROKER,
    /** A relay beside one client, decoding the bytes it sends and receives (any broker). */
    CLIENT
}
