package lab.nightlight.trace;

/** Which way a packet travels, seen from the client: towards the broker or from it. */
public enum Direction {
    TO_BROKER("->"),
    FROM_BROKER("<-");

    private final String arrow;

    Direction(String arrow) {
        this.arrow = arrow;
    }

    public String arrow() {
        return arrow;
    }
}
