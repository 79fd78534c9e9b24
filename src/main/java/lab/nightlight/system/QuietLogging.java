package lab.nightlight.system;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.io.PrintStream;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Nightlight Lab's logging: warnings and errors only, on stderr, so that a command's JSON on
 * stdout stays clean and the broker's chatter (INFO on stdout, from the logback.xml inside its
 * jar) never reaches a student. Logback finds this class as a service before it looks for any
 * file. It is set in code rather than in an XML file because reading one costs about a quarter
 * of a second of start-up (Joran's parser, ~240 classes; measured with a class-load log), time
 * the window and the embedded broker need. {@code -Dlogback.configurationFile=...} still wins.
 */
public final class QuietLogging extends ContextAwareBase implements Configurator {

    /** Libraries that say too much at WARN for a student's terminal. */
    static final Map<String, Level> LIBRARY_LEVELS = Map.of(
            "com.hivemq", Level.ERROR,
            "io.netty", Level.ERROR,
            "migrations", Level.OFF, // the broker's persistence migrations
            "oshi", Level.OFF); // the broker's system information probe

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        install(context, System.err);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Our levels and one appender writing to {@code out}. */
    static void install(LoggerContext context, PrintStream out) {
        LineAppender appender = new LineAppender(out);
        appender.setContext(context);
        appender.setName("stderr");
        appender.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.detachAndStopAllAppenders();
        root.setLevel(Level.WARN);
        root.addAppender(appender);
        LIBRARY_LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
    }

    /** "12:03:04 WARN  EmbeddedBroker - message", then the stack trace if there is one. */
    static final class LineAppender extends AppenderBase<ILoggingEvent> {

        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
        private final PrintStream out;

        LineAppender(PrintStream out) {
            this.out = out;
        }

        @Override
        protected void append(ILoggingEvent event) {
            StringBuilder line = new StringBuilder(128)
                    .append(LocalTime.now().truncatedTo(ChronoUnit.SECONDS).format(TIME)).append(' ')
                    .append(String.format("%-5s", event.getLevel())).append(' ')
                    .append(simpleName(event.getLoggerName())).append(" - ")
                    .append(event.getFormattedMessage());
            if (event.getThrowableProxy() != null) {
                line.append(System.lineSeparator()).append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
            out.println(line);
        }

        private static String simpleName(String logger) {
            return logger.substring(logger.lastIndexOf('.') + 1);
        }
    }
}
