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

    public String deviceClientId() {
        return id + "nightlight_client";
    }

    public String serverClientId() {
        return id + "nightlight_server";
    }
}
