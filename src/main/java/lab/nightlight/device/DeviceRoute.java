package lab.nightlight.device;

import java.util.List;
import lab.nightlight.lesson.Topics;

/**
 * Which topics one device uses: the lesson's single pair ({@code <id>/telemetry},
 * {@code <id>/commands}) or, in the stadium, its own ({@code <id>/<name>/telemetry}) while
 * listening both to its own commands and to the broadcast {@code <id>/commands}.
 */
public record DeviceRoute(String name, String telemetry, List<String> commandFilters, String status) {

    public DeviceRoute {
        commandFilters = List.copyOf(commandFilters);
    }

    public static DeviceRoute lesson(Topics topics) {
        return new DeviceRoute(null, topics.telemetry(), List.of(topics.commands()), topics.status());
    }

    public static DeviceRoute stadium(Topics topics, String name) {
        return new DeviceRoute(name, topics.deviceTelemetry(name),
                List.of(topics.deviceCommands(name), topics.commands()), topics.deviceStatus(name));
    }
}
