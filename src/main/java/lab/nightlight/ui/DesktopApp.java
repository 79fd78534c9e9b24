package lab.nightlight.ui;

/** The window. Placeholder until the desktop UI lands. */
public final class DesktopApp {

    private DesktopApp() {
    }

    public static void launch(String[] args) {
        throw new UnsupportedOperationException("The window is not available yet.");
    }
}
