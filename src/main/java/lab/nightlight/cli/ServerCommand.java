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

/** {@code server}: the lesson's server code, which turns light levels into LED commands. */
@picocli.CommandLine.Command(name = "server", mixinStandardHelpOptions = true, sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
                "Runs the lesson's nightlight server: it listens for telemetry on ID/telemetry and answers each "
                        + "message on ID/commands with {\"led_on\": true} when the light is below the threshold, "
                        + "else {\"led_on\": false}.",
                "It prints what it receives and sends the way the lesson's Python server does. Stop it with Ctrl-C."},
        footer = {"", "Example: server --id my-nightlight --threshold 300"})
final class ServerCommand extends ClientCommand {

    @Option(names = "--threshold", paramLabel = "N", defaultValue = "" + Threshold.LESSON_DEFAULT,
            converter = OptionConverters.ThresholdValue.class,
            description = "Light levels below this turn the LED on; this level and above turn it off. "
                    + "Default: ${DEFAULT-VALUE}, as in the lesson.")
    int threshold;

    @Option(names = "--qos", paramLabel = "0|1|2", defaultValue = "0", converter = OptionConverters.QosLevel.class,
            description = "Quality of service for both the telemetry subscription and the commands: 0 at most "
                    + "once (the lesson's), 1 at least once, 2 exactly once. Default: ${DEFAULT-VALUE}.")
    Qos qos;

    @Option(names = "--retain",
            description = "Send commands as retained messages: the broker keeps the last one and gives it to a "
                    + "device that connects later, so its LED is right at once.")
    boolean retain;

    @Option(names = "--policy", paramLabel = "P", converter = OptionConverters.PolicyName.class,
            description = "The stadium: listen to every device under the id (ID/+/telemetry, as the device "
                    + "command's --count sends) and decide for all of them: any, all, average, median or quorum:K "
                    + "(K sensors below the threshold). Without it, the lesson's one device.")
    Policy policy;

    @Option(names = "--hysteresis", paramLabel = "N", defaultValue = "10",
            description = "With --policy: the lights switch on below threshold-N and off at threshold+N, so a "
                    + "level hovering at the threshold does not make them flap. Default: ${DEFAULT-VALUE}.")
    int hysteresis;

    @Option(names = "--freshness", paramLabel = "DURATION", defaultValue = "15s", converter = DurationConverter.class,
            description = "With --policy: a sensor silent for longer drops out of the decision. Default: ${DEFAULT-VALUE}.")
    Duration freshness;

    @Option(names = "--per-device",
            description = "With --policy: send each device its command on ID/NAME/commands instead of one "
                    + "retained broadcast on ID/commands.")
    boolean perDevice;

    ServerCommand(Terminal terminal) {
        super(terminal);
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
            server.addListener(new Printer(output));
            // Subscribes now, at the chosen QoS: this is the server's start.
            awaitUnlessStopped(server.setSubscriptionQos(qos), stop);
            if (stop.isRequested()) {
                return stop.exitCode(Cli.OK);
            }
            output.event("Listening for telemetry on " + topics.telemetry() + "; light below " + threshold
                            + " turns the LED on. Commands go to " + topics.commands() + ".",
                    "subscribed", "topic", topics.telemetry(), "threshold", threshold);
            return stop.await();
        }
    }

    private int stadium(MqttConnection connection, Topics topics, Output output, StopSignal stop) {
        try (StadiumServer server = new StadiumServer(connection, topics,
                new Decider(policy, threshold, hysteresis, freshness))) {
            server.setQos(qos);
            server.setAddressing(perDevice ? StadiumServer.Addressing.PER_DEVICE : StadiumServer.Addressing.BROADCAST);
            server.addListener((decision, trigger, changed, nanos) -> {
                if (changed) {
                    output.event(decision.explanation(), "decision", "led_on", decision.ledOn(),
                            "reason", decision.explanation(), "sensors", decision.fresh(), "dark", decision.dark(),
                            "silent", decision.stale(), "device", trigger.sensor());
                }
            });
            awaitUnlessStopped(server.start(), stop);
            if (stop.isRequested()) {
                return stop.exitCode(Cli.OK);
            }
            output.event("Listening for telemetry on " + topics.anyDeviceTelemetry() + "; deciding with " + policy
                            + " below " + threshold + ". Commands go to "
                            + (perDevice ? topics.id() + "/NAME/commands" : topics.commands() + " (retained)") + ".",
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

        Printer(Output output) {
            this.output = output;
        }

        @Override
        public void logged(LogEntry entry) {
            if (entry.rejected()) {
                String preview = entry.rejection().preview(80);
                output.event(entry.rejection().message() + " Payload: " + preview, "rejected",
                        "reason", entry.rejection().message(), "code", entry.rejection().reason().name(),
                        "payload", preview);
            } else {
                int light = entry.telemetry().light();
                output.event("Message received: " + pythonTelemetry(light), "telemetry", "light", light);
            }
        }

        @Override
        public void commandSent(Command command, LogEntry cause) {
            output.event("Sending message: " + pythonCommand(command), "command", "led_on", command.ledOn());
        }

        @Override
        public void commandFailed(Command command, MqttProblem problem) {
            output.warning("Could not send " + pythonCommand(command) + ": " + problem.fullSentence());
        }
    }
}
