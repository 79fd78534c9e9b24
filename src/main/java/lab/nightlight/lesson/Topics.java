package lab.nightlight.lesson;

import java.util.Objects;

/**
 * The lesson's topic and client-id scheme for one device id, exactly as the lesson's code builds
 * them: {@code id + '/telemetry'}, {@code id + '/commands'}, {@code id + 'nightlight_client'} and
 * {@code id + 'nightlight_server'}. Keeping this in one place is what lets a real Wio Terminal or
 * the lesson's Python code take either side.
 */
public record Topics(String id) {

    public Topics {
        Objects.requireNonNull(id, "id");
        String problem = DeviceIds.problemWith(id);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    public String telemetry() {
        return id + "/telemetry";
    }

    public String commands() {
        return id + "/commands";
    }

    /** Where a device announces itself (used by the last-will demonstration). */
    public String status() {
        return id + "/status";
    }

    /** The stadium's per-device telemetry: {@code <id>/<device>/telemetry}. */
    public String deviceTelemetry(String device) {
        return id + "/" + device + "/telemetry";
    }

    /** A command for one device only (the lesson's suggestion of per-device command topics). */
    public String deviceCommands(String device) {
        return id + "/" + device + "/commands";
    }

    public String deviceStatus(String device) {
        return id + "/" + device + "/status";
    }

    /** The wildcard a stadium server subscribes to: every device's telemetry under this id. */
    public String anyDeviceTelemetry() {
        return id + "/+/telemetry";
    }

    /** The device name in {@code <id>/<device>/telemetry}, or null for any other topic. */
    public String deviceOf(String topic) {
        String prefix = id + "/";
        if (!topic.startsWith(prefix) || !topic.endsWith("/telemetry")) {
            return null;
        }
        String middle = topic.substring(prefix.length(), topic.length() - "/telemetry".length());
        return middle.isEmpty() || middle.contains("/") ? null : middle;
    }

    public String deviceClientId() {
        return id + "nightlight_client";
    }

    public String serverClientId() {
        return id + "nightlight_server";
    }
}
