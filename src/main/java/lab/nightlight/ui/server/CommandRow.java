package lab.nightlight.ui.server;

/** One command in the "commands sent" list: what, when, and how (QoS, retained). */
public record CommandRow(String command, String time, String details, boolean ledOn) {
}
