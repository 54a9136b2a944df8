package org.factdesk.ui.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.factdesk.ui.common.TaskRunner;
import org.factdesk.logic.command.Passage;
import org.factdesk.logic.demo.DemoProject;
import org.factdesk.model.Fact;
import org.factdesk.model.Source;
import org.factdesk.store.H2ProjectFiles;
import org.factdesk.ui.common.EditorSession;
import org.factdesk.ui.common.FactColors;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The source pane alone in a stage, on the demo project, with a real project thread. */
@ExtendWith(ApplicationExtension.class)
class SourcePaneTest {

    /** Filled before {@code @Start} runs, and deleted by JUnit after {@code @AfterEach} has closed the file. */
    @TempDir
    Path folder;

    private final List<Throwable> reported = new CopyOnWriteArrayList<>();
    private ExecutorService projectThread;
    private EditorSession session;
    private StyleClassedTextArea area;
    private SourcePane pane;

    @Start
    @SuppressWarnings("FutureReturnValueIgnored") // failures go to `reported`, checked after each test
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path file = folder.resolve("demo.mv.db");
        H2ProjectFiles files = new H2ProjectFiles();
        long storyId = DemoProject.write(files, file);
        projectThread = Executors.newSingleThreadExecutor();
        session = new EditorSession(files, projectThread, TaskRunner.withDaemonThreads(Platform::runLater), (what, problem) -> reported.add(problem));
        pane = new SourcePane(new SourcePaneModel(session));
        area = pane.textArea();
        stage.setScene(new Scene(pane, 600, 800));
        stage.show();
        session.open(file, false, storyId);
    }

    @AfterEach
    void close() throws Exception {
        fx(() -> {
            session.closeCurrent();
            return null;
        });
        projectThread.shutdown();
        assertTrue(reported.isEmpty(), () -> "reported: " + reported);
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    private void waitForText(String start) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(area::getText).startsWith(start));
    }

    @Test
    void selectingASourceInTheLibraryShowsItsText(FxRobot robot) throws Exception {
        waitForText("Tidewater's council voted");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("Coastal Broadcasting").tryQuery().isPresent());

        robot.clickOn("Coastal Broadcasting");

        waitForText("The decision to shut Old Quay market");
        assertEquals("Coastal Broadcasting", fx(() -> session.selection().selectedSourceProperty().get().outlet()));
    }

    @Test
    void anEmptyProjectOffersToAddASourceAndItsButtonOpensThePasteDialog(FxRobot robot) throws Exception {
        waitForText("Tidewater's council voted");
        fx(() -> session.open(folder.resolve("empty.mv.db"), true, 0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> session.library().list().isEmpty()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#" + ReaderPlaceholder.PASTE_ID).tryQuery().map(Node::isVisible).orElse(false));
        assertTrue(robot.lookup(ReaderPlaceholder.text(ReaderState.NO_SOURCES)).tryQuery().isPresent());
        assertTrue(robot.lookup("The source's text could not be read.").tryQuery().isEmpty());

        robot.clickOn("#" + ReaderPlaceholder.PASTE_ID);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("Add source").tryQuery().isPresent());
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("Add source").tryQuery().isEmpty());
    }

    @Test
    void selectingTextSetsTheSelectedPassage(FxRobot robot) throws Exception {
        waitForText("Tidewater's council voted");

        robot.interact(() -> area.selectRange(0, "Tidewater's council voted ".length()));

        Passage passage = fx(() -> session.selection().selectedPassageProperty().get());
        assertEquals("Tidewater's council voted", passage.draft().quote(), "trimmed of the trailing space");
        assertEquals(0, passage.draft().start());

        robot.interact(() -> area.selectRange(3, 3));
        assertNull(fx(() -> session.selection().selectedPassageProperty().get()));
    }

    @Test
    void theDemosCitedPassagesAreHighlightedInTheirFactsColours() throws Exception {
        waitForText("Tidewater's council voted");
        String text = fx(area::getText);

        List<String> colours = fx(() -> session.story().documentProperty().get().facts().stream()
                .map(FactColors::styleClass).toList());
        assertEquals(List.of(SourcePane.HIGHLIGHT, colours.get(0)), styleAt(0));
        assertEquals(List.of(SourcePane.HIGHLIGHT, colours.get(1)), styleAt(text.indexOf("repairs would cost")));
        assertEquals(List.of(SourcePane.HIGHLIGHT, colours.get(2)), styleAt(text.indexOf("The council has offered")));
        assertEquals(3, colours.subList(0, 3).stream().distinct().count());
        assertEquals(List.of(), styleAt(text.indexOf("Council leader Maren Holt")));
    }

    @Test
    void anUncitedSourceShowsNoHighlightsAfterACitedOne(FxRobot robot) throws Exception {
        waitForText("Tidewater's council voted");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("Regional Ledger").tryQuery().isPresent());

        robot.clickOn("Regional Ledger");

        waitForText("Property agents in the region");
        int length = fx(area::getLength);
        for (int offset = 0; offset < length - 1; offset += 25) {
            assertEquals(List.of(), styleAt(offset), "no fact cites the Regional Ledger, at offset " + offset);
        }
    }

    private List<String> styleAt(int offset) throws Exception {
        Collection<String> style = fx(() -> area.getStyleOfChar(offset + 1));
        return List.copyOf(style);
    }

    @Test
    void shortcutInTheTextMakesOneNewFactFromTheSelection(FxRobot robot) throws Exception {
        waitForText("Tidewater's council voted");
        int factsBefore = fx(() -> session.story().documentProperty().get().facts().size());
        String text = fx(area::getText);
        int start = text.indexOf("Council leader Maren Holt");

        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(start, start + "Council leader Maren Holt".length());
        });
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);

        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(factsBefore + 1, fx(() -> session.story().documentProperty().get().facts().size()));
        Fact newFact = fx(() -> session.story().documentProperty().get().facts().get(1));
        assertEquals(List.of(SourcePane.HIGHLIGHT, FactColors.styleClass(newFact)), styleAt(start),
                "the new fact comes after the selected first fact, in its own colour");
    }

    @Test
    void thePasteDialogAddsASourceThatAppearsInTheLibrary(FxRobot robot) throws Exception {
        waitForText("Tidewater's council voted");

        robot.clickOn("#" + SourcePane.PASTE_BUTTON_ID);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + SourceDialog.OUTLET_ID).tryQuery()
                .isPresent());
        robot.interact(() -> {
            robot.lookup("#" + SourceDialog.OUTLET_ID).queryAs(TextField.class).setText("Lindqvist Bay Herald");
            robot.lookup("#" + SourceDialog.TITLE_ID).queryAs(TextField.class).setText("Ferry runs all winter");
            robot.lookup("#" + SourceDialog.TEXT_ID).queryAs(TextArea.class)
                    .setText("The island ferry keeps its full timetable this winter.");
        });
        robot.clickOn("Add source");

        waitForText("The island ferry keeps its full timetable");
        List<String> outlets = fx(() -> robot.lookup("#" + SourcePane.LIBRARY_ID)
                .queryListView().getItems().stream().map(item -> ((Source) item).outlet()).toList());
        assertTrue(outlets.contains("Lindqvist Bay Herald"), outlets::toString);
    }

    @Test
    void aBadDateInThePasteDialogIsExplainedUnderTheField(FxRobot robot) throws Exception {
        waitForText("Tidewater's council voted");
        robot.clickOn("#" + SourcePane.PASTE_BUTTON_ID);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + SourceDialog.OUTLET_ID).tryQuery()
                .isPresent());
        robot.interact(() -> {
            robot.lookup("#" + SourceDialog.OUTLET_ID).queryAs(TextField.class).setText("Lindqvist Bay Herald");
            robot.lookup("#" + SourceDialog.TEXT_ID).queryAs(TextArea.class).setText("The ferry runs.");
        });
        DatePicker date = robot.lookup("#" + SourceDialog.DATE_ID).queryAs(DatePicker.class);

        robot.clickOn(date.getEditor()).write("31/12/2031");
        robot.clickOn("Add source");

        Label problem = robot.lookup("#date-problem").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(problem::isVisible));
        assertTrue(fx(problem::getText).startsWith("Date must be"), () -> problem.getText());
        assertEquals("31/12/2031", fx(() -> date.getEditor().getText()), "what was typed stays to be corrected");
        assertEquals(4, fx(() -> session.library().list().size()), "nothing added yet");

        robot.clickOn("Cancel");
    }

    @Test
    void aFolderOfArticlesListsALineForEachFileUnderTheLibrary(FxRobot robot) throws Exception {
        waitForText("Tidewater's council voted");
        Path drop = java.nio.file.Files.createDirectory(folder.resolve("clippings"));
        java.nio.file.Files.writeString(drop.resolve("a-ferry.txt"), "Ferry\n\nThe island ferry runs all winter.");
        java.nio.file.Files.writeString(drop.resolve("b-empty.txt"), "\n");
        java.nio.file.Files.writeString(drop.resolve("c-quay.md"), "# Quay\n\nThe quay wall is to be rebuilt.");

        fx(() -> pane.model().openFiles(List.of(drop)));
        java.util.function.Predicate<Node> addRest = node -> node instanceof javafx.scene.control.Button button
                && ImportReviewDialog.ADD_REST.equals(button.getText());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(addRest).tryQuery().isPresent());
        Node addRestButton = robot.lookup(addRest).query();
        robot.clickOn(addRestButton);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("3 files: 2 added, 1 not added")
                .tryQuery().isPresent());
        assertTrue(resultLine(robot, "b-empty.txt · Not added: b-empty.txt holds no text.").isPresent());
        javafx.scene.control.ListView<?> list = robot.lookup("#" + ImportResultsView.LIST_ID).queryAs(
                javafx.scene.control.ListView.class);
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(0);
            list.scrollTo(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(resultLine(robot, "a-ferry.txt · Added: source ").isPresent());
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(area::getText).contains("island ferry"));

        javafx.scene.control.SplitPane split = robot.lookup(".split-pane").queryAs(javafx.scene.control.SplitPane.class);
        assertEquals(0.62, fx(() -> split.getDividers().get(0).getPosition()), 0.01,
                "the library and the results get room while the results are shown");

        robot.clickOn("#" + ImportResultsView.CLOSE_ID);
        assertTrue(!fx(() -> robot.lookup("#" + ImportResultsView.ID).query().isVisible()));
        assertEquals(0.4, fx(() -> split.getDividers().get(0).getPosition()), 0.01, "the divider goes back");
    }

    private static java.util.Optional<Node> resultLine(FxRobot robot, String start) {
        return robot.lookup("#" + ImportResultsView.LIST_ID + " .list-cell").queryAll().stream()
                .filter(cell -> ((javafx.scene.control.Labeled) cell).getText() != null
                        && ((javafx.scene.control.Labeled) cell).getText().startsWith(start)).findFirst();
    }
}
