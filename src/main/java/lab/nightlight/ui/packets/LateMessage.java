package lab.nightlight.ui.packets;

/** What the late subscriber received: the retained flag is the point of the demonstration. */
public record LateMessage(String topic, String payload, boolean retain) {
}
