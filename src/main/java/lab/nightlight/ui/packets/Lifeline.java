package lab.nightlight.ui.packets;

import lab.nightlight.lesson.Topics;

/** The diagram's columns. Every packet travels between the broker and one client lifeline. */
public enum Lifeline {
    DEVICE, BROKER, SERVER, OTHER;

    /** Which client a client id belongs to: the lesson's ids name the device and the server. */
    public static Lifeline of(String clientId, Topics topics) {
        if (clientId != null && topics != null) {
            if (clientId.equals(topics.deviceClientId())) {
                return DEVICE;
            }
            if (clientId.equals(topics.serverClientId())) {
                return SERVER;
            }
        }
        return OTHER;
    }
}
