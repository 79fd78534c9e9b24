package lab.nightlight.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;

/** Reads a duration the way people type one: {@code 5s}, {@code 1500ms}, {@code 2m}, {@code 1h}; a bare number is seconds. */
final class DurationConverter implements ITypeConverter<Duration> {

    private static final Pattern FORMAT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min|h)?");
    /** Longer than anyone waits for a nightlight; also keeps the arithmetic far from overflow. */
    static final Duration LONGEST = Duration.ofDays(1);

    @Override
    public Duration convert(String value) {
        Matcher m = FORMAT.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new OptionProblem("cli.value.notDuration", value);
        }
        String unit = m.group(2) == null ? "s" : m.group(2);
        long unitMillis = switch (unit) {
            case "ms" -> 1;
            case "s" -> 1_000;
            case "m", "min" -> 60_000;
            default -> 3_600_000;
        };
        BigDecimal millis = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unitMillis))
                .setScale(0, RoundingMode.HALF_UP);
        if (millis.compareTo(BigDecimal.valueOf(LONGEST.toMillis())) > 0) {
            throw new OptionProblem("cli.value.tooLong", value);
        }
        return Duration.ofMillis(millis.longValueExact());
    }
}
