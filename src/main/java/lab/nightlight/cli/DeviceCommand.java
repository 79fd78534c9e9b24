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

/**
 * {@code device}: the lesson's nightlight device, with a light level you choose instead of a
 * sensor. Its help is in the commands' part of the bundle under {@code nightlight-lab.device.*}.
 */
@picocli.CommandLine.Command(name = "device", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
final class DeviceCommand extends ClientCommand {

    /** What the device reads when no level is given: daylight, so the LED stays off (the --light help says so). */
    static final int DEFAULT_LIGHT = 500;

    @Spec
    CommandSpec spec;

    @Option(names = "--light", paramLabel = "N", converter = OptionConverters.Light.class)
    Integer light;

    @Option(names = "--lights", paramLabel = "N", split = ",", converter = OptionConverters.Light.class)
    List<Integer> lights;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "5s", converter = DurationConverter.class)
    Duration interval;

    @Option(names = "--qos", paramLabel = "0|1|2", defaultValue = "0", converter = OptionConverters.QosLevel.class)
    Qos qos;

    @Option(names = "--count", paramLabel = "N", converter = OptionConverters.WholeNumber.class)
    Integer count;

    @Option(names = "--pattern", paramLabel = "PATTERN", converter = OptionConverters.Pattern.class)
    LightPattern pattern;

    DeviceCommand(Terminal terminal, CliTexts texts) {
        super(terminal, texts);
    }

    @Override
    String clientId(Topics topics) {
        return topics.deviceClientId();
    }

    @Override
    void validate() {
        if (light != null && lights != null) {
            throw new ParameterException(spec.commandLine(), texts.get("cli.device.lightAndLights"));
        }
        if (count != null && (count < 1 || count > 5000)) {
            throw new ParameterException(spec.commandLine(), texts.get("cli.device.countRange"));
        }
        if (count == null && pattern != null) {
            throw new ParameterException(spec.commandLine(), texts.get("cli.device.patternNeedsCount"));
        }
        if (interval.isZero()) {
            throw new ParameterException(spec.commandLine(), texts.get("cli.device.intervalZero"));
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
                d.addListener(new FleetPrinter(output, texts, d.route().name()));
            }
            awaitUnlessStopped(fleet.start(), stop);
            if (stop.isRequested()) {
                return stop.exitCode(Cli.OK);
            }
            output.event(texts.format("cli.device.fleet", String.valueOf(count), fleet.token(), topics.id(),
                            texts.duration(interval)),
                    "fleet", "count", count, "token", fleet.token(), "topic", topics.anyDeviceTelemetry());
            if (light != null) {
                fleet.devices().forEach(d -> d.setLight(light));
            }
            fleet.setPattern(pattern != null ? pattern : LightPattern.steady(light != null ? light : DEFAULT_LIGHT));
            fleet.run(interval);
            return stop.await();
        } catch (MqttException e) {
            output.failure(t -> t.problem(e.problem()));
            return Cli.FAILED;
        }
    }

    /** A fleet's LED changes, one line per device. */
    private static final class FleetPrinter implements DeviceListener {
        private final Output output;
        private final CliTexts texts;
        private final String name;

        FleetPrinter(Output output, CliTexts texts, String name) {
            this.output = output;
            this.texts = texts;
            this.name = name;
        }

        @Override
        public void ledChanged(boolean on, boolean retained, Instant at) {
            output.event(texts.format("cli.device.fleet.led", name, texts.led(on)), "led", "device", name, "on", on,
                    "retained", retained);
        }
    }

    @Override
    int whileConnected(MqttConnection connection, Topics topics, Output output, StopSignal stop) {
        try (VirtualDevice device = new VirtualDevice(connection, topics, Runnable::run)) {
            // This command decides when to send; the device's own schedule starts after the list.
            device.setSendOnChange(false);
            device.setInterval(Duration.ZERO);
            device.setTelemetryQos(qos);
            device.addListener(new Printer(output, texts));
            awaitUnlessStopped(device.start(), stop);
            if (stop.isRequested()) {
                return stop.exitCode(Cli.OK);
            }
            output.event(texts.format("cli.device.subscribed", topics.commands(), topics.telemetry(), texts.duration(interval)),
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
        private final CliTexts texts;

        Printer(Output output, CliTexts texts) {
            this.output = output;
            this.texts = texts;
        }

        @Override
        public void telemetrySent(Telemetry telemetry, Qos qos, Instant at) {
            String payload = new String(LessonCodec.encode(telemetry), StandardCharsets.UTF_8);
            // Two spaces, as print("Sending telemetry ", telemetry) writes them in the lesson.
            output.event(texts.format("cli.device.telemetry", payload), "telemetry", "light", telemetry.light(),
                    "qos", qos.level());
        }

        @Override
        public void telemetryFailed(Telemetry telemetry, MqttProblem problem) {
            String light = String.valueOf(telemetry.light());
            output.warning(t -> t.format("cli.device.telemetryFailed", light, t.problem(problem)));
        }

        @Override
        public void ledChanged(boolean on, boolean retained, Instant at) {
            String payload = new String(LessonCodec.encode(lab.nightlight.lesson.Command.of(on)), StandardCharsets.UTF_8);
            output.event(texts.format(retained ? "cli.device.command.retained" : "cli.device.command", payload, texts.led(on)),
                    "led", "on", on, "retained", retained);
        }

        @Override
        public void commandRejected(Rejection rejection, Instant at) {
            String preview = rejection.preview(80);
            // The JSON reason stays the codec's English sentence: scripts match on it.
            output.event(texts.format("cli.device.rejected", texts.rejection(rejection), preview),
                    "rejected", "reason", rejection.message(), "code", rejection.reason().name(), "payload", preview);
        }
    }
}
