package lab.nightlight.ui.profiles;

/** The kinds of broker the dialog offers first; Custom opens every field. */
public enum Preset {
    EMBEDDED("profiles.preset.embedded"),
    LOCAL_MOSQUITTO("profiles.preset.local"),
    PUBLIC("profiles.preset.public"),
    CUSTOM("profiles.preset.custom");

    private final String key;

    Preset(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
