package lab.nightlight;

/** The two sides of the lesson, each with its own client and connection. */
public enum Pane {
    DEVICE, SERVER
}
