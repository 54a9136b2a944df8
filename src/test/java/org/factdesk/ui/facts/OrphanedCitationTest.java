package org.factdesk.ui.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.stage.Stage;
import org.factdesk.logic.anchoring.SourceCorrection;
import org.factdesk.model.Excerpt;
import org.factdesk.model.Project;
import org.factdesk.store.H2ProjectFiles;
import org.factdesk.ui.DemoSession;
import org.factdesk.ui.common.EditorSession;
import org.factdesk.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A fact whose passage was lost in a correction of its source: flagged, and its chip shown apart. */
@ExtendWith(ApplicationExtension.class)
class OrphanedCitationTest {

    @TempDir
    Path folder;

    private final ExecutorService projectThread = Executors.newSingleThreadExecutor();
    private EditorSession session;

    @Start
    void start(Stage stage) {
        org.factdesk.ui.shell.Theme.apply(false);
        session = DemoSession.create(projectThread, TaskRunner.withDaemonThreads(Platform::runLater));
        FactBuilderPane pane = new FactBuilderPane(new FactBuilderModel(session.story(), session.selection(),
                session.history()));
        stage.setScene(new Scene(pane, 520, 760));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> session.closeCurrent()).get();
        projectThread.shutdown();
    }

    @Test
    @SuppressWarnings("FutureReturnValueIgnored") // the second get() awaits the inner future
    void anOrphanedPassageIsShownApartWithItsLastKnownQuoteAndItsFactIsFlagged(FxRobot robot) throws Exception {
        Path file = DemoSession.writeDemo(folder);
        Excerpt lost;
        try (Project project = new H2ProjectFiles().open(file)) {
            lost = project.stories().loadStory(1).excerpts().values().stream()
                    .min(java.util.Comparator.comparingLong(Excerpt::id)).orElseThrow();
            String text = project.library().sourceText(lost.sourceId());
            new SourceCorrection(project).correct(lost.sourceId(), text.replace(lost.quote(), ""));
        }

        WaitForAsyncUtils.asyncFx(() -> session.open(file, false, 0)).get().get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        List<Hyperlink> orphaned = robot.lookup(".citation-chip").queryAllAs(Hyperlink.class).stream()
                .filter(chip -> chip.getPseudoClassStates().contains(PseudoClass.getPseudoClass("orphaned")))
                .toList();
        assertEquals(1, orphaned.size());
        Hyperlink chip = orphaned.get(0);
        assertTrue(chip.getText().endsWith("· passage lost"), chip.getText());
        String shown = lost.quote().replace('\n', ' ').strip();
        assertTrue(chip.getTooltip().getText().contains(shown.substring(0, Math.min(40, shown.length()))),
                chip.getTooltip().getText());
        Node card = cardOf(chip);
        assertTrue(card.lookup(".review-flag").isVisible(), "the fact citing it is flagged for review");
        long flagged = robot.lookup(".review-flag").queryAll().stream().filter(Node::isVisible).count();
        assertTrue(flagged >= 1);

        robot.clickOn(chip);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(lost.sourceId(), session.selection().selectedSourceProperty().get().id());
        assertNull(session.selection().revealedExcerptProperty().get(), "an orphan has no place to reveal");
    }

    @Test
    @SuppressWarnings("FutureReturnValueIgnored") // the second get() awaits the inner future
    void flaggedFactsWithLostPassagesStayWithinANarrowFactsPane(FxRobot robot) throws Exception {
        Path file = DemoSession.writeDemo(folder);
        try (Project project = new H2ProjectFiles().open(file)) {
            for (long sourceId : project.stories().loadStory(1).excerpts().values().stream()
                    .map(Excerpt::sourceId).distinct().toList()) {
                new SourceCorrection(project).correct(sourceId, "Nothing of the old text is left.");
            }
        }
        // About the width the facts pane gets in a 1280-pixel window. A new scene, not a stage width: the stage
        // is shared by the test classes of this JVM, and a width set on it would stay for theirs.
        robot.interact(() -> {
            Stage stage = (Stage) robot.window(0);
            javafx.scene.Parent pane = stage.getScene().getRoot();
            stage.getScene().setRoot(new javafx.scene.layout.Pane());
            stage.setScene(new Scene(pane, 400, 760));
        });

        WaitForAsyncUtils.asyncFx(() -> session.open(file, false, 0)).get().get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.ScrollPane scroller = robot.lookup(".scroll-pane")
                .queryAs(javafx.scene.control.ScrollPane.class);
        double viewport = WaitForAsyncUtils.asyncFx(() -> scroller.getViewportBounds().getWidth()).get();
        List<Node> flags = robot.lookup(".review-flag").queryAll().stream().filter(Node::isVisible).toList();
        assertFalse(flags.isEmpty(), "the facts are flagged");
        for (Node flag : flags) {
            Node card = cardOf(flag);
            assertTrue(card.getLayoutBounds().getWidth() <= viewport + 0.5,
                    "a card " + card.getLayoutBounds().getWidth() + " wide in a pane " + viewport + " wide");
            double flagRight = card.sceneToLocal(flag.localToScene(flag.getLayoutBounds())).getMaxX();
            assertTrue(flagRight <= card.getLayoutBounds().getWidth() + 0.5, "the Check flag is whole: " + flagRight);
        }
    }

    @Test
    @SuppressWarnings("FutureReturnValueIgnored") // the second get() awaits the inner future
    void anUncorrectedStoryShowsNoFlagAndNoOrphan(FxRobot robot) throws Exception {
        Path file = DemoSession.writeDemo(folder);

        WaitForAsyncUtils.asyncFx(() -> session.open(file, false, 0)).get().get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(robot.lookup(".review-flag").queryAll().stream().anyMatch(Node::isVisible));
        assertFalse(robot.lookup(".citation-chip").queryAll().stream()
                .anyMatch(chip -> chip.getPseudoClassStates().contains(PseudoClass.getPseudoClass("orphaned"))));
    }

    private static Node cardOf(Node node) {
        Node at = node;
        while (at != null && !at.getStyleClass().contains(FactCard.STYLE)) {
            at = at.getParent();
        }
        return at;
    }
}
