package lab.nightlight.cli;

import picocli.CommandLine.TypeConversionException;

/**
 * A value an option cannot take, said as a bundle key and its arguments. Converters are made by
 * picocli and know no language; {@link Cli} says the sentence in the chosen one, after the
 * option's name. Keys are the commands' own ({@code cli.value.notQos}) or, for the core's
 * sentences (a device id, a broker address), the ones the window says too.
 */
final class OptionProblem extends TypeConversionException {

    private final String key;
    private final transient Object[] args;

    OptionProblem(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    String say(CliTexts texts) {
        return texts.format(key, args);
    }
}
