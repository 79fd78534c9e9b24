package lab.nightlight.cli;

import java.util.Locale;
import lab.nightlight.device.LightPattern;
import lab.nightlight.lesson.DeviceIds;
import lab.nightlight.lesson.Telemetry;
import lab.nightlight.lesson.Threshold;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.MqttVersion;
import lab.nightlight.mqtt.Qos;
import lab.nightlight.server.policy.Policy;
import picocli.CommandLine.ITypeConverter;

/**
 * Turns option text into our types, or into an {@link OptionProblem}: the key of one sentence
 * that says what to type instead. {@link Cli} puts the option's name before it ("Invalid value
 * for option '--qos': ...") in the chosen language. Numbers that name something (a level, a
 * port) go into sentences as text, so 1023 never reads "1,023".
 */
final class OptionConverters {

    private OptionConverters() {
    }

    static final class BrokerUrl implements ITypeConverter<BrokerAddress> {
        @Override
        public BrokerAddress convert(String value) {
            try {
                return BrokerAddress.parse(value);
            } catch (BrokerAddress.Invalid e) {
                throw new OptionProblem(e.kind().key(), e.value());
            }
        }
    }

    static final class DeviceId implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String problem = DeviceIds.problemKey(value);
            if (problem != null) {
                throw new OptionProblem(problem, String.valueOf(DeviceIds.MAX_LENGTH));
            }
            return value;
        }
    }

    static final class QosLevel implements ITypeConverter<Qos> {
        @Override
        public Qos convert(String value) {
            return switch (value.trim()) {
                case "0" -> Qos.AT_MOST_ONCE;
                case "1" -> Qos.AT_LEAST_ONCE;
                case "2" -> Qos.EXACTLY_ONCE;
                default -> throw new OptionProblem("cli.value.notQos", value);
            };
        }
    }

    static final class Version implements ITypeConverter<MqttVersion> {
        @Override
        public MqttVersion convert(String value) {
            return switch (value.trim()) {
                case "5", "5.0" -> MqttVersion.V5;
                case "3", "3.1.1", "311" -> MqttVersion.V3_1_1;
                default -> throw new OptionProblem("cli.value.notVersion", value);
            };
        }
    }

    static final class Light implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int light = wholeNumber(value);
            if (light < Telemetry.MIN_LIGHT || light > Telemetry.MAX_LIGHT) {
                throw new OptionProblem("cli.value.notLight", String.valueOf(light), String.valueOf(Telemetry.MIN_LIGHT),
                        String.valueOf(Telemetry.MAX_LIGHT));
            }
            return light;
        }
    }

    static final class ThresholdValue implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int threshold = wholeNumber(value);
            try {
                return new Threshold(threshold).value();
            } catch (IllegalArgumentException e) {
                throw new OptionProblem("cli.value.notThreshold", String.valueOf(threshold),
                        String.valueOf(Telemetry.MAX_LIGHT + 1), String.valueOf(Threshold.LESSON_DEFAULT));
            }
        }
    }

    /** Any whole number; the command checks its range. */
    static final class WholeNumber implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return wholeNumber(value);
        }
    }

    /** steady:600, noise:600:50, drift:600:20, nightfall:20. */
    static final class Pattern implements ITypeConverter<LightPattern> {
        @Override
        public LightPattern convert(String value) {
            try {
                return LightPattern.parse(value);
            } catch (IllegalArgumentException e) {
                throw new OptionProblem("cli.value.notPattern", value);
            }
        }
    }

    /** any, all, average, median, quorum:K. */
    static final class PolicyName implements ITypeConverter<Policy> {
        @Override
        public Policy convert(String value) {
            try {
                return Policy.parse(value);
            } catch (IllegalArgumentException e) {
                boolean quorum = value.trim().toLowerCase(Locale.ROOT).startsWith("quorum:");
                throw new OptionProblem(quorum ? "cli.value.notQuorum" : "cli.value.notPolicy", value);
            }
        }
    }

    private static int wholeNumber(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new OptionProblem("cli.value.notWholeNumber", value);
        }
    }
}
