package lab.nightlight.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The window's own house rules (the project-wide ones live in the core's architecture test). */
class UiArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("lab.nightlight");
    }

    @Test
    void onlyTheSeamPostsToTheFxThread() {
        // calls and method references (Platform::runLater) alike
        noClasses().that().doNotHaveFullyQualifiedName(FxExecutor.class.getName())
                .should().accessTargetWhere(JavaAccess.Predicates.target(HasOwner.Predicates.With.owner(
                        JavaClass.Predicates.type(javafx.application.Platform.class)))
                        .and(JavaAccess.Predicates.target(HasName.Predicates.name("runLater"))))
                .because("one seam to the FX thread: the core delivers on the FxExecutor, panes never post")
                .check(classes);
    }

    @Test
    void viewModelsNeverSeeANode() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..")
                .because("view models expose properties; controllers bind them to nodes")
                .check(classes);
    }

    @Test
    void theWindowNeverTouchesTheMqttLibraryOrTheBroker() {
        noClasses().that().resideInAPackage("lab.nightlight.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("com.hivemq..")
                .because("the UI sees our own records (Message, MqttProblem), never a library type")
                .check(classes);
    }

    @Test
    void nothingOutsideTheWindowKnowsJavaFx() {
        noClasses().that().resideOutsideOfPackage("lab.nightlight.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("the core runs headless: the CLI, the tests, a server without a screen")
                .check(classes);
    }
}
