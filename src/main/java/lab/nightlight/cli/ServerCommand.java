package lab.nightlight.cli;

import lab.nightlight.lesson.Command;
import lab.nightlight.lesson.Threshold;
import lab.nightlight.lesson.Topics;
import lab.nightlight.mqtt.MqttConnection;
import lab.nightlight.mqtt.MqttProblem;
import lab.nightlight.mqtt.Qos;
import lab.nightlight.server.LogEntry;
import lab.nightlight.server.NightlightServer;
import lab.nightlight.server.ServerListener;
import lab.nightlight.server.StadiumServer;
import lab.nightlight.server.policy.Decider;
import lab.nightlight.server.policy.Policy;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * {@code server}: the lesson's server code, which turns light levels into LED commands. Its help
 * is in the commands' part of the bundle under {@code nightlight-lab.server.*}.
 */
@picocli.CommandLine.Command(name = "server", mixinStandardHelpOptions = true, sortOptions = false,
        usageHelpAutoWidth = true)
final class ServerCommand extends ClientCommand {

    @Option(names = "--threshold", paramLabel = "N", defaultValue = "" + Threshold.LESSON_DEFAULT,
            converter = OptionConverters.ThresholdValue.class)
    int threshold;

    @Option(names = "--qos", paramLabel = "0|1|2", defaultValue = "0", converter = OptionConverters.QosLevel.class)
    Qos qos;

    @Option(names = "--retain")
    boolean retain;

    @Option(names = "--policy", paramLabel = "P", converter = OptionConverters.PolicyName.class)
    Policy policy;

    @Option(names = "--hysteresis", paramLabel = "N", defaultValue = "10", converter = OptionConverters.WholeNumber.class)
    int hysteresis;

    @Option(names = "--freshness", paramLabel = "DURATION", defaultValue = "15s", converter = DurationConverter.class)
    Duration freshness;

    @Option(names = "--per-device")
    boolean perDevice;

    ServerCommand(Terminal terminal, CliTexts texts) {
        super(terminal, texts);
    }

    @Override
    String clientId(Topics topics) {
        return topics.serverClientId();
    }

    @Override
    int whileConnected(MqttConnection connection, Topics topics, Output output, StopSignal stop) {
        if (policy != null) {
            return stadium(connection, topics, output, stop);
        }
        try (NightlightServer server = new NightlightServer(connection, topics, Runnable::run)) {
            server.setThreshold(threshold);
            server.setCommandQos(qos);
            server.setRetainCommands(retain);
            server.addListener(new Printer(output, texts));
            // Subscribes now, at the chosen QoS: this is the server's start.
            awaitUnlessStopped(server.setSubscriptionQos(qos), stop);
            if (stop.isRequested()) {
                return stop.exitCode(Cli.OK);
            }
            output.event(texts.format("cli.server.subscribed", topics.telemetry(), String.valueOf(threshold),
                            topics.commands()), "subscribed", "topic", topics.telemetry(), "threshold", threshold);
            return stop.await();
        }
    }

    private int stadium(MqttConnection connection, Topics topics, Output output, StopSignal stop) {
        DecisionLine decisionLine = new DecisionLine(texts);
        try (StadiumServer server = new StadiumServer(connection, topics,
                new Decider(policy, threshold, hysteresis, freshness))) {
            server.setQos(qos);
            server.setAddressing(perDevice ? StadiumServer.Addressing.PER_DEVICE : StadiumServer.Addressing.BROADCAST);
            server.addListener((decision, trigger, changed, nanos) -> {
                if (changed) {
                    // The JSON reason stays the core's English sentence: scripts match on it.
                    output.event(decisionLine.explain(decision, freshness), "decision", "led_on", decision.ledOn(),
                            "reason", decision.explanation(), "sensors", decision.fresh(), "dark", decision.dark(),
                            "silent", decision.stale(), "device", trigger.sensor());
                }
            });
            awaitUnlessStopped(server.start(), stop);
            if (stop.isRequested()) {
                return stop.exitCode(Cli.OK);
            }
            String commands = perDevice ? texts.format("cli.stadium.commands.perDevice", topics.id())
                    : texts.format("cli.stadium.commands.retained", topics.commands());
            output.event(texts.format("cli.stadium.subscribed", topics.anyDeviceTelemetry(), policy.toString(),
                            String.valueOf(threshold), commands),
                    "subscribed", "topic", topics.anyDeviceTelemetry(), "policy", policy.toString(), "threshold", threshold);
            return stop.await();
        }
    }

    /** {'light': 0}: how Python prints the dict that json.loads made of the payload. */
    static String pythonTelemetry(int light) {
        return "{'light': " + light + "}";
    }

    /** {'led_on': True}: how Python prints the lesson's command dict. */
    static String pythonCommand(Command command) {
        return "{'led_on': " + (command.ledOn() ? "True" : "False") + "}";
    }

    /** Prints what the server does, in the words of the lesson's Python server. */
    private static final class Printer implements ServerListener {
        private final Output output;
        private final CliTexts texts;

        Printer(Output output, CliTexts texts) {
            this.output = output;
            this.texts = texts;
        }

        @Override
        public void logged(LogEntry entry) {
            if (entry.rejected()) {
                String preview = entry.rejection().preview(80);
                // The JSON reason stays the codec's English sentence: scripts match on it.
                output.event(texts.format("cli.server.rejected", texts.rejection(entry.rejection()), preview), "rejected",
                        "reason", entry.rejection().message(), "code", entry.rejection().reason().name(),
                        "payload", preview);
            } else {
                int light = entry.telemetry().light();
                output.event(texts.format("cli.server.received", pythonTelemetry(light)), "telemetry", "light", light);
            }
        }

        @Override
        public void commandSent(Command command, LogEntry cause) {
            output.event(texts.format("cli.server.sending", pythonCommand(command)), "command", "led_on", command.ledOn());
        }

        @Override
        public void commandFailed(Command command, MqttProblem problem) {
            output.warning(t -> t.format("cli.server.sendFailed", pythonCommand(command), t.problem(problem)));
        }
    }
}
