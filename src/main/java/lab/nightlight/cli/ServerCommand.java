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

    ServerCommand(Terminal terminal) {
        super(terminal);
    }

    @Override
    String clientId(Topics topics) {
        return topics.serverClientId();
    }

    @Override
    int whileConnected(MqttConnection connection, Topics topics, Output output, StopSignal stop) {
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
