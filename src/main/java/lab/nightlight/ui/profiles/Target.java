package lab.nightlight.ui.profiles;

import java.util.List;
import lab.nightlight.Pane;

/** Which pane(s) a chosen profile is for. */
public enum Target {
    BOTH("profiles.pane.both", List.of(Pane.DEVICE, Pane.SERVER)),
    DEVICE("profiles.pane.device", List.of(Pane.DEVICE)),
    SERVER("profiles.pane.server", List.of(Pane.SERVER));

    private final String key;
    private final List<Pane> panes;

    Target(String key, List<Pane> panes) {
        this.key = key;
        this.panes = panes;
    }

    public String key() {
        return key;
    }

    public List<Pane> panes() {
        return panes;
    }
}
