package lab.nightlight.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The house rules of STYLE.md that a compiler does not check. Production classes only: tests
 * may use anything. One rule a field, each with the reason a reader of a failure needs.
 */
@AnalyzeClasses(packages = "lab.nightlight", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] CORE = {
            "lab.nightlight.lesson..", "lab.nightlight.mqtt..", "lab.nightlight.broker..", "lab.nightlight.device..",
            "lab.nightlight.server..", "lab.nightlight.cli..", "lab.nightlight.system..", "lab.nightlight.i18n..",
            "lab.nightlight.events.."};

    @ArchTest
    static final ArchRule coreIsFreeOfJavaFx = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the core runs headless (commands, tests, benchmarks) and on machines without a display");

    @ArchTest
    static final ArchRule compositionRootIsFreeOfJavaFx = noClasses().that().haveNameMatching("lab\\.nightlight\\.(App|BrokerStatus|PaneRoutes)(\\$.*)?")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("App wires the same services for the window and the commands, so it cannot need a toolkit");

    @ArchTest
    static final ArchRule onlyMqttUsesTheMqttClient = noClasses().that().resideOutsideOfPackage("lab.nightlight.mqtt..")
            .should().dependOnClassesThat().resideInAPackage("com.hivemq.client..")
            .because("mqtt is the one MQTT service: everyone else sees our Message, ConnectionState and MqttProblem");

    @ArchTest
    static final ArchRule onlyBrokerUsesTheBrokerLibrary = noClasses().that().resideOutsideOfPackage("lab.nightlight.broker..")
            .should().dependOnClassesThat().resideInAnyPackage("com.hivemq.embedded..", "com.hivemq.extension..", "com.codahale..")
            .because("the embedded broker's pitfalls (hangs, System.exit, leaked threads) are handled in one place");

    @ArchTest
    static final ArchRule uiNeverTouchesHiveMq = noClasses().that().resideInAPackage("lab.nightlight.ui..")
            .should().dependOnClassesThat().resideInAPackage("com.hivemq..")
            .because("panes read models and call their methods; library types stay behind mqtt and broker");

    @ArchTest
    static final ArchRule lessonDecodesWithoutDatabind = noClasses().that().resideInAPackage("lab.nightlight.lesson..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson.databind..")
            .because("the first decoded message would load Jackson databind (~300 classes, a few tenths of a second) "
                    + "on the path to the first answer, and build a tree for every message; jackson-core's parser is enough");

    @ArchTest
    static final ArchRule onlyCommandsWriteToTheConsole = noClasses().that().resideOutsideOfPackage("lab.nightlight.cli..")
            // The window's one sentence on stderr when --snapshot or an option fails, before any window exists.
            .and().doNotHaveFullyQualifiedName("lab.nightlight.ui.StdErr")
            // With --snapshot, the start's milestones as one JSON line for bench window.
            .and().doNotHaveFullyQualifiedName("lab.nightlight.ui.StdOut")
            // The logging configuration: SLF4J's lines go to stderr through it.
            .and().doNotHaveFullyQualifiedName("lab.nightlight.system.QuietLogging")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("stdout is the commands' output (--json must stay clean); everything else logs through SLF4J");

    @ArchTest
    static final ArchRule onlyTheLauncherEndsTheJvm = noClasses().that().resideOutsideOfPackage("lab.nightlight.cli..")
            .and().doNotHaveFullyQualifiedName("lab.nightlight.Launcher")
            // The window's close path: after the panes and broker are closed, it ends the JVM so
            // that no library thread keeps a closed app alive; and a bad window option exits 2.
            .and().doNotHaveFullyQualifiedName("lab.nightlight.ui.Shell")
            .and().doNotHaveFullyQualifiedName("lab.nightlight.ui.DesktopApp")
            .should().callMethod(System.class, "exit", int.class)
            .orShould().callMethod(Runtime.class, "exit", int.class)
            .orShould().callMethod(Runtime.class, "halt", int.class)
            .because("a service or pane that exits kills the window with unsaved state; the Launcher exits with the command's code");
}
