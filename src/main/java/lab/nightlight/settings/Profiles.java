package lab.nightlight.settings;

import java.util.List;
import lab.nightlight.mqtt.MqttVersion;

/**
 * The profiles every installation starts with. Their names are identifiers, not words: the
 * settings file names each pane's profile by them, so they are the same in every language and a
 * file saved by an older version still finds its profiles. The window never shows a name; the
 * connection dialog shows a profile as its kind ("Local Mosquitto", "Custom", ...), from the
 * bundle in the window's language.
 */
public final class Profiles {

    /** The lesson's public broker: anyone can read what is sent there. */
    public static final String PUBLIC_WARNING = "profile.public.warning";

    private Profiles() {
    }

    public static List<ConnectionProfile> builtIn() {
        return List.of(
                ConnectionProfile.embeddedBroker(),
                ConnectionProfile.external("Local Mosquitto", "mqtt://localhost:1883"),
                publicBroker("test.mosquitto.org", "mqtt://test.mosquitto.org:1883"),
                // 8886 has a certificate from a public authority, so the system's trust store suffices.
                publicBroker("test.mosquitto.org (TLS)", "mqtts://test.mosquitto.org:8886"),
                publicBroker("test.mosquitto.org (WebSocket)", "ws://test.mosquitto.org:8080/mqtt"),
                publicBroker("test.mosquitto.org (secure WebSocket)", "wss://test.mosquitto.org:8081/mqtt"));
    }

    private static ConnectionProfile publicBroker(String name, String url) {
        return new ConnectionProfile(name, false, url, MqttVersion.V5, null, null, false, null, false, PUBLIC_WARNING);
    }
}
