package lab.nightlight.system;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class QuietLoggingTest {

    @Test
    void logbackFindsOurConfigurationAsAServiceWithNoFileAnywhere() {
        // The test class path has no logback.xml of its own: the configuration in use is ours.
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getAppender("stderr")).isInstanceOf(QuietLogging.LineAppender.class);
        assertThat(context.getLogger("com.hivemq.bootstrap").getEffectiveLevel().toString()).isEqualTo("ERROR");
    }

    @Test
    void warningsOfOurOwnAndErrorsOfTheBrokerReachTheTerminalNothingElse() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LoggerContext context = new LoggerContext();
        QuietLogging.install(context, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        context.getLogger("com.hivemq.HiveMQServer").info("Starting HiveMQ Community Edition");
        context.getLogger("com.hivemq.persistence.Something").warn("broker warning");
        context.getLogger("io.netty.util.ResourceLeakDetector").warn("netty warning");
        context.getLogger("oshi.SystemInfo").error("oshi error");
        context.getLogger("lab.nightlight.App").info("ours, info");
        context.getLogger("lab.nightlight.App").warn("ours, {}", "a warning");
        context.getLogger("com.hivemq.HiveMQServer").error("broker error", new IllegalStateException("boom"));

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).doesNotContain("Starting HiveMQ", "broker warning", "netty warning", "oshi error", "ours, info");
        assertThat(out).containsPattern("(?m)^\\d\\d:\\d\\d:\\d\\d WARN  App - ours, a warning$");
        assertThat(out).containsPattern("(?m)^\\d\\d:\\d\\d:\\d\\d ERROR HiveMQServer - broker error$");
        assertThat(out).contains("java.lang.IllegalStateException: boom").contains("QuietLoggingTest");
    }

    @Test
    void aConfigurationFileAskedForOnTheCommandLineWins() {
        String before = System.getProperty("logback.configurationFile");
        System.setProperty("logback.configurationFile", "my-logback.xml");
        try {
            LoggerContext context = new LoggerContext();
            QuietLogging configurator = new QuietLogging();
            configurator.setContext(context);
            assertThat(configurator.configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
            assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("stderr")).isNull();
        } finally {
            if (before == null) {
                System.clearProperty("logback.configurationFile");
            } else {
                System.setProperty("logback.configurationFile", before);
            }
        }
    }
}
