package org.factdesk;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.factdesk.ui.common.EditorSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps the layers honest with an allow-list: ui → logic → model, store → model, and app wires everything. The ui
 * reaches storage only through the model's interfaces; only app wires a store in. Within ui, each pane stands
 * alone on ui.common and only ui.shell puts them together. The product's classes only: the tests and the
 * benchmarks (docs/decisions/0008) may reach across layers.
 */
class LayerRulesTest {

    private static final String[] PANES = {"source", "facts", "narratives", "preview", "story", "search"};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.factdesk");
    }

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("org.factdesk.model..")
                .layer("logic").definedBy("org.factdesk.logic..")
                .layer("store").definedBy("org.factdesk.store..")
                .layer("ui").definedBy("org.factdesk.ui..")
                .layer("app").definedBy("org.factdesk.app..")
                .whereLayer("model").mayNotAccessAnyLayer()
                .whereLayer("logic").mayOnlyAccessLayers("model")
                .whereLayer("store").mayOnlyAccessLayers("model")
                .whereLayer("ui").mayOnlyAccessLayers("logic", "model")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .check(classes);
    }

    @Test
    void everyClassBelongsToALayer() {
        classes().should().resideInAnyPackage("org.factdesk.model..", "org.factdesk.logic..",
                        "org.factdesk.store..", "org.factdesk.ui..", "org.factdesk.app..")
                .because("a class outside the five layers would escape the rules above")
                .check(classes);
    }

    @Test
    void theLayersHaveNoCycles() {
        slices().matching("org.factdesk.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theFeaturesOfEachLayerHaveNoCycles() {
        slices().matching("org.factdesk.(*).(*)..").should().beFreeOfCycles().check(classes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"source", "facts", "narratives", "preview", "story", "search"})
    void aPaneUsesNoOtherPane(String pane) {
        String own = "org.factdesk.ui." + pane + "..";
        noClasses().that().resideInAPackage(own)
                .should().dependOnClassesThat(resideInAPackage("org.factdesk.ui..")
                        .and(not(resideInAnyPackage(own, "org.factdesk.ui.common.."))))
                .because("panes share only ui.common; ui.shell wires them together")
                .check(classes);
    }

    @Test
    void theCommonUiUsesNoPane() {
        noClasses().that().resideInAPackage("org.factdesk.ui.common..")
                .should().dependOnClassesThat().resideInAnyPackage(panesAndShell())
                .check(classes);
    }

    /**
     * A pane's view-model takes the parts of the editor session it uses (the open story, the selection, the
     * sources…), not the whole session: what a view-model can reach is visible in its constructor.
     */
    @Test
    void paneViewModelsKeepOnlyThePartsOfTheSessionTheyUse() {
        noFields().that().areDeclaredInClassesThat().resideInAnyPackage(panes())
                .should().haveRawType(EditorSession.class)
                .check(classes);
    }

    @Test
    void modelIsPlainJava() {
        classes().that().resideInAPackage("org.factdesk.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.factdesk.model..")
                .because("the model is plain Java with no JavaFX and no SQL")
                .check(classes);
    }

    @Test
    void logicRunsWithoutADisplayOrAStore() {
        noClasses().that().resideInAPackage("org.factdesk.logic..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "atlantafx..",
                        "org.controlsfx..", "org.kordamp..", "java.awt..", "java.sql..", "org.h2..")
                .because("house rules, exports and imports run headless, on any store")
                .check(classes);
    }

    @Test
    void storeNeedsNoDisplay() {
        noClasses().that().resideInAPackage("org.factdesk.store..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..")
                .check(classes);
    }

    @Test
    void uiReachesStorageOnlyThroughTheModel() {
        noClasses().that().resideInAPackage("org.factdesk.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..")
                .because("views and view-models work on the model's Project interface, wired in by app")
                .check(classes);
    }

    @Test
    void commandLineNeverLoadsJavaFx() {
        noClasses().that().resideInAPackage("org.factdesk.app.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..",
                        "org.factdesk.ui..")
                .because("the command line runs without a display")
                .check(classes);
    }

    private static String[] panes() {
        String[] packages = new String[PANES.length];
        for (int i = 0; i < PANES.length; i++) {
            packages[i] = "org.factdesk.ui." + PANES[i] + "..";
        }
        return packages;
    }

    private static String[] panesAndShell() {
        String[] packages = new String[PANES.length + 1];
        for (int i = 0; i < PANES.length; i++) {
            packages[i] = "org.factdesk.ui." + PANES[i] + "..";
        }
        packages[PANES.length] = "org.factdesk.ui.shell..";
        return packages;
    }
}
