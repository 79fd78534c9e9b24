package lab.nightlight.cli;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import lab.nightlight.device.DeviceFleet;
import lab.nightlight.device.DeviceListener;
import lab.nightlight.device.LightPattern;
import lab.nightlight.mqtt.ConnectOptions;
import lab.nightlight.mqtt.MqttException;
import lab.nightlight.device.VirtualDevice;
import lab.nightlight.lesson.LessonCodec;
import lab.nightlight.lesson.Rejection;
import lab.nightlight.lesson.Telemetry;
import lab.nightlight.lesson.Topics;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.MqttProblem;
import lab.nightlight.mqtt.Qos;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code device}: the lesson's nightlight device, with a light level you choose instead of a sensor. */
@picocli.CommandLine.Command(name = "device", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {
                "Runs a virtual nightlight device, like the lesson's Python device: it sends the light level "
                        + "as telemetry ({\"light\": N}) to ID/telemetry every --interval, and switches its LED "
                        + "when a command ({\"led_on\": true}) arrives on ID/commands.",
                "The LED changes only when the server answers: run the server command with the same --id.",
                "Stop it with Ctrl-C."},
        footer = {"", "Example: device --id my-nightlight --lights 100,500 --interval 2s"})
final class DeviceCommand extends ClientCommand {

    /** What the device reads when no level is given: daylight, so the LED stays off. */
    static final int DEFAULT_LIGHT = 500;

    @Spec
    CommandSpec spec;

    @Option(names = "--light", paramLabel = "N", converter = OptionConverters.Light.class,
            description = "The light level to send, from 0 (dark) to 1023 (bright). Below the server's threshold "
                    + "(300 in the lesson) the LED turns on. Default: " + DEFAULT_LIGHT + ".")
    Integer light;

    @Option(names = "--lights", paramLabel = "N", split = ",", converter = OptionConverters.Light.class,
            description = "Several light levels, sent one after another, --interval apart; the last one then "
                    + "keeps being sent, as a sensor would.")
    List<Integer> lights;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "5s", converter = DurationConverter.class,
            description = "Time between two telemetry messages, such as 5s, 1500ms or 2m. "
                    + "Default: ${DEFAULT-VALUE}, as in the lesson's Python device.")
    Duration interval;

    @Option(names = "--qos", paramLabel = "0|1|2", defaultValue = "0", converter = OptionConverters.QosLevel.class,
            description = "Quality of service for the telemetry: 0 at most once (the lesson's), 1 at least once, "
                    + "2 exactly once. Default: ${DEFAULT-VALUE}.")
    Qos qos;

    @Option(names = "--count", paramLabel = "N",
            description = "Run N devices at once, the lesson's stadium: each with its own connection and topics "
                    + "ID/NAME/telemetry and ID/NAME/commands, and listening to the broadcast ID/commands too. "
                    + "Names carry a random token, so fleets started by a whole class with one --id never collide.")
    Integer count;

    @Option(names = "--pattern", paramLabel = "PATTERN", converter = OptionConverters.Pattern.class,
            description = "How a fleet's sensors move: steady:600, noise:600:50 (around 600, spread 50), "
                    + "drift:600:20 (a random walk) or nightfall:20 (20 darker each interval). Default: steady at --light.")
    LightPattern pattern;

    DeviceCommand(Terminal terminal) {
        super(terminal);
    }

    @Override
    String clientId(Topics topics) {
        return topics.deviceClientId();
    }

    @Override
    void validate() {
        if (light != null && lights != null) {
            throw new ParameterException(spec.commandLine(), "Use either --light or --lights, not both.");
        }
        if (count != null && (count < 1 || count > 5000)) {
            throw new ParameterException(spec.commandLine(), "The --count must be 1 to 5000.");
        }
        if (count == null && pattern != null) {
            throw new ParameterException(spec.commandLine(), "--pattern moves a fleet; add --count N.");
        }
        if (interval.isZero()) {
            throw new ParameterException(spec.commandLine(), "The --interval must be longer than 0, for example 5s.");
        }
    }

    private List<Integer> levels() {
        if (lights != null && !lights.isEmpty()) {
            return lights;
        }
        return List.of(light != null ? light : DEFAULT_LIGHT);
    }

    @Override
    Integer withoutConnection(ConnectOptions options, Topics topics, Output output, StopSignal stop) {
        if (count == null) {
            return null;
        }
        try (DeviceFleet fleet = new DeviceFleet(client.broker, topics, count, options, Runnable::run)) {
            for (VirtualDevice d : fleet.devices()) {
                d.addListener(new FleetPrinter(output, d.route().name()));
            }
            awaitUnlessStopped(fleet.start(), stop);
            if (stop.isRequested()) {
                return stop.exitCode(Cli.OK);
            }
            output.event("Started " + count + " devices, " + fleet.token() + "-1 to " + fleet.token() + "-" + count
                            + ", sending to " + topics.id() + "/NAME/telemetry every " + DurationConverter.format(interval) + ".",
                    "fleet", "count", count, "token", fleet.token(), "topic", topics.anyDeviceTelemetry());
            if (light != null) {
                fleet.devices().forEach(d -> d.setLight(light));
            }
            fleet.setPattern(pattern != null ? pattern : LightPattern.steady(light != null ? light : DEFAULT_LIGHT));
            fleet.run(interval);
            return stop.await();
        } catch (MqttException e) {
            output.failure(e.problem().fullSentence());
            return Cli.FAILED;
        }
    }

    /** A fleet's LED changes, one line per device. */
    private static final class FleetPrinter implements DeviceListener {
        private final Output output;
        private final String name;

        FleetPrinter(Output output, String name) {
            this.output = output;
            this.name = name;
        }

        @Override
        public void ledChanged(boolean on, boolean retained, Instant at) {
            output.event(name + ": LED " + (on ? "on" : "off"), "led", "device", name, "on", on, "retained", retained);
        }
    }

    @Override
    int whileConnected(MqttConnection connection, Topics topics, Output output, StopSignal stop) {
        try (VirtualDevice device = new VirtualDevice(connection, topics, Runnable::run)) {
            // This command decides when to send; the device's own schedule starts after the list.
            device.setSendOnChange(false);
            device.setInterval(Duration.ZERO);
            device.setTelemetryQos(qos);
            device.addListener(new Printer(output));
            awaitUnlessStopped(device.start(), stop);
            if (stop.isRequested()) {
                return stop.exitCode(Cli.OK);
            }
            output.event("Listening for commands on " + topics.commands() + "; sending the light level to "
                            + topics.telemetry() + " every " + DurationConverter.format(interval) + ".",
                    "subscribed", "topic", topics.commands());
            List<Integer> levels = levels();
            for (int i = 0; i < levels.size(); i++) {
                device.setLight(levels.get(i));
                device.sendTelemetry();
                if (i < levels.size() - 1 && stop.awaitFor(interval)) {
                    return stop.exitCode(Cli.OK);
                }
            }
            // Like the lesson's loop: keep sending the current level, one interval after the last.
            device.setInterval(interval);
            return stop.await();
        }
    }

    /** Prints what the device does, like the lesson's device prints. */
    private static final class Printer implements DeviceListener {
        private final Output output;

        Printer(Output output) {
            this.output = output;
        }

        @Override
        public void telemetrySent(Telemetry telemetry, Qos qos, Instant at) {
            String payload = new String(LessonCodec.encode(telemetry), StandardCharsets.UTF_8);
            // Two spaces, as print("Sending telemetry ", telemetry) writes them in the lesson.
            output.event("Sending telemetry  " + payload, "telemetry", "light", telemetry.light(), "qos", qos.level());
        }

        @Override
        public void telemetryFailed(Telemetry telemetry, MqttProblem problem) {
            output.warning("Could not send the light level " + telemetry.light() + ": " + problem.fullSentence());
        }

        @Override
        public void ledChanged(boolean on, boolean retained, Instant at) {
            String payload = new String(LessonCodec.encode(lab.nightlight.lesson.Command.of(on)), StandardCharsets.UTF_8);
            output.event("Command received: " + payload + " -> LED " + (on ? "on" : "off")
                            + (retained ? " (a retained command, stored by the broker)" : ""),
                    "led", "on", on, "retained", retained);
        }

        @Override
        public void commandRejected(Rejection rejection, Instant at) {
            String preview = rejection.preview(80);
            output.event(rejection.message() + " Payload: " + preview + ". The LED stays as it was.",
                    "rejected", "reason", rejection.message(), "code", rejection.reason().name(), "payload", preview);
        }
    }
}
