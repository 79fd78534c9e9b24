package lab.nightlight.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lab.nightlight.lesson.DeviceIds;

/**
 * What the app remembers between runs: the device id, the profiles, which profile each pane
 * uses (so either side can be a real device or the lesson's Python code), language and theme.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Settings(
        int version,
        String deviceId,
        List<ConnectionProfile> profiles,
        String deviceProfile,
        String serverProfile,
        String language,
        boolean dark) {

    public static final int CURRENT_VERSION = 1;

    public Settings {
        profiles = profiles == null || profiles.isEmpty() ? Profiles.builtIn() : List.copyOf(profiles);
        deviceId = deviceId == null || DeviceIds.problemWith(deviceId) != null ? DeviceIds.random() : deviceId;
        deviceProfile = deviceProfile == null ? "Embedded" : deviceProfile;
        serverProfile = serverProfile == null ? "Embedded" : serverProfile;
    }

    public static Settings defaults() {
        return new Settings(CURRENT_VERSION, DeviceIds.random(), Profiles.builtIn(), "Embedded", "Embedded", null, false);
    }

    public Optional<ConnectionProfile> profile(String name) {
        return profiles.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Settings withProfile(ConnectionProfile profile) {
        List<ConnectionProfile> next = new ArrayList<>(profiles);
        next.removeIf(p -> p.name().equals(profile.name()));
        next.add(profile);
        return new Settings(version, deviceId, next, deviceProfile, serverProfile, language, dark);
    }

    public Settings withPaneProfiles(String device, String server) {
        return new Settings(version, deviceId, profiles, device, server, language, dark);
    }

    public Settings withDeviceId(String id) {
        return new Settings(version, id, profiles, deviceProfile, serverProfile, language, dark);
    }

    public Settings withLanguage(String lang, boolean darkTheme) {
        return new Settings(version, deviceId, profiles, deviceProfile, serverProfile, lang, darkTheme);
    }

    Settings forStorage() {
        return new Settings(version, deviceId, profiles.stream().map(ConnectionProfile::forStorage).toList(),
                deviceProfile, serverProfile, language, dark);
    }
}
