package org.factdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layers honest: ui → logic → model and store → model. The ui reaches storage only through the
 * model's interfaces; only app wires a store in.
 */
class LayerRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.factdesk");
    }

    @Test
    void modelIsPlainJava() {
        noClasses().that().resideInAPackage("org.factdesk.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.h2..",
                        "org.factdesk.logic..", "org.factdesk.store..", "org.factdesk.ui..", "org.factdesk.app..")
                .because("the model is plain Java with no JavaFX and no SQL")
                .check(classes);
    }

    @Test
    void logicDependsOnlyOnTheModel() {
        noClasses().that().resideInAPackage("org.factdesk.logic..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.h2..",
                        "org.factdesk.store..", "org.factdesk.ui..", "org.factdesk.app..")
                .because("house rules, exports and imports run headless, on any store")
                .check(classes);
    }

    @Test
    void storeDependsOnlyOnTheModel() {
        noClasses().that().resideInAPackage("org.factdesk.store..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.factdesk.logic..",
                        "org.factdesk.ui..", "org.factdesk.app..")
                .check(classes);
    }

    @Test
    void uiReachesStorageOnlyThroughTheModel() {
        noClasses().that().resideInAPackage("org.factdesk.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.factdesk.store..",
                        "org.factdesk.app..")
                .because("views and view-models work on the model's Project interface, wired in by app")
                .check(classes);
    }

    @Test
    void commandLineNeverLoadsJavaFx() {
        noClasses().that().resideInAPackage("org.factdesk.app.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.factdesk.ui..")
                .because("the command line runs without a display")
                .check(classes);
    }
}
