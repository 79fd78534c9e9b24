package lab.nightlight.cli;

import lab.nightlight.lesson.DeviceIds;
import lab.nightlight.lesson.Telemetry;
import lab.nightlight.lesson.Threshold;
import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.mqtt.MqttVersion;
import lab.nightlight.mqtt.Qos;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Turns option text into our types, or into one sentence that says what to type instead.
 * picocli prefixes it with the option's name ("Invalid value for option '--qos': ...").
 */
final class OptionConverters {

    private OptionConverters() {
    }

    static final class BrokerUrl implements ITypeConverter<BrokerAddress> {
        @Override
        public BrokerAddress convert(String value) {
            try {
                return BrokerAddress.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class DeviceId implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String problem = DeviceIds.problemWith(value);
            if (problem != null) {
                throw new TypeConversionException(problem);
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
                default -> throw new TypeConversionException("'" + value
                        + "' is not a QoS level; use 0 (at most once), 1 (at least once) or 2 (exactly once).");
            };
        }
    }

    static final class Version implements ITypeConverter<MqttVersion> {
        @Override
        public MqttVersion convert(String value) {
            return switch (value.trim()) {
                case "5", "5.0" -> MqttVersion.V5;
                case "3", "3.1.1", "311" -> MqttVersion.V3_1_1;
                default -> throw new TypeConversionException("'" + value
                        + "' is not an MQTT version we speak; use 5, or 3 for MQTT 3.1.1.");
            };
        }
    }

    static final class Light implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int light = wholeNumber(value);
            if (light < Telemetry.MIN_LIGHT || light > Telemetry.MAX_LIGHT) {
                throw new TypeConversionException(light + " is not a light level; the sensor reads "
                        + Telemetry.MIN_LIGHT + " (dark) to " + Telemetry.MAX_LIGHT + " (bright).");
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
                throw new TypeConversionException(threshold + " is not a usable threshold; use 0 to "
                        + (Telemetry.MAX_LIGHT + 1) + " (the lesson uses " + Threshold.LESSON_DEFAULT + ").");
            }
        }
    }

    /** steady:600, noise:600:50, drift:600:20, nightfall:20. */
    static final class Pattern implements ITypeConverter<lab.nightlight.device.LightPattern> {
        @Override
        public lab.nightlight.device.LightPattern convert(String value) {
            try {
                return lab.nightlight.device.LightPattern.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** any, all, average, median, quorum:K. */
    static final class PolicyName implements ITypeConverter<lab.nightlight.server.policy.Policy> {
        @Override
        public lab.nightlight.server.policy.Policy convert(String value) {
            try {
                return lab.nightlight.server.policy.Policy.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    private static int wholeNumber(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a whole number.");
        }
    }
}
