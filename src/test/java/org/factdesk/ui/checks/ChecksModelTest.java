package org.factdesk.ui.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.model.Fact;
import org.factdesk.model.IgnoredFinding;
import org.factdesk.model.Project;
import org.factdesk.model.WordingChoice;
import org.factdesk.store.StoredBytes;
import org.factdesk.ui.common.EditorSession;
import org.factdesk.ui.common.PlaceRequest;
import org.factdesk.ui.common.TaskRunner;
import org.factdesk.ui.common.UserMessages;
import org.junit.jupiter.api.Test;

/**
 * The Checks panel's view-model on the demo story, with direct executors: what the editor sees in the list as
 * she types, choosing a finding, ignoring one (and finding it ignored after reopening), and the export's wait.
 */
class ChecksModelTest extends DemoChecksCase {

    @Test
    void theDemoStoryShowsItsTwoWarningsAndNoError() {
        assertEquals(List.of("Warning Narrative 2", "Warning Sources"), shown());
        assertEquals("2 warnings", checks.summaryProperty().get());
        assertTrue(checks.currentProperty().get(), "the findings are those of the story as it is");
        assertTrue(checks.sharesProperty().get().startsWith("Of 4 cited facts: Tidewater Courier 75%"),
                checks.sharesProperty().get());
    }

    @Test
    void aMisquoteTypedIntoAFactIsAnErrorAtOnce() {
        Fact first = fact(0);
        session.story().editor().typeFactText(first.id(), first.text()
                + " The leader called the vote \u201Ca sad night for the quay\u201D.");

        assertTrue(shown().contains("Error Fact 1"), shown().toString());
        assertEquals("1 error, 2 warnings", checks.summaryProperty().get());
        assertEquals(1, checks.errorCountProperty().get());

        session.story().editor().typeFactText(first.id(), first.text());
        assertEquals(List.of("Warning Narrative 2", "Warning Sources"), shown(), "fixing it clears the error");
    }

    @Test
    void choosingAFindingMakesItsFactCurrentAndRevealsThePassageItRestsOn() {
        Fact second = fact(1);
        session.story().editor().typeFactText(second.id(), second.text() + " Repairs would take 19 months.");
        FindingRow number = checks.rows().stream().filter(row -> row.placeText().equals("Fact 2")).findFirst()
                .orElseThrow(() -> new AssertionError(shown().toString()));
        session.selection().selectFact(fact(0).id());

        checks.show(number, false);

        assertEquals(second.id(), session.selection().selectedFactIdProperty().get());
        PlaceRequest asked = session.selection().requestedPlaceProperty().get();
        assertEquals(new PlaceRequest(PlaceRequest.Part.FACT, second.id(), false), asked);
        assertEquals(second.citations().get(0).sourceId(),
                session.selection().selectedSourceProperty().get().id(), "its first cited source is shown");
        assertTrue(session.selection().revealedExcerptProperty().get() != null, "and its passage revealed");
    }

    @Test
    void anIgnoredFindingLeavesTheListAndStaysIgnoredWithWhoIgnoredItAfterReopening() throws Exception {
        FindingRow sources = checks.rows().get(1);

        checks.ignore(sources);

        assertEquals(List.of("Warning Narrative 2"), shown());
        assertEquals(1, checks.ignoredCountProperty().get());
        checks.showIgnoredProperty().set(true);
        assertEquals("Ignored by nell on 14 Jun 2031", checks.rows().get(1).ignoredText());
        session.closeCurrent();

        try (Project project = files.open(file)) {
            List<IgnoredFinding> stored = project.checks().ignoredFindings(storyId);
            assertEquals(1, stored.size());
            assertEquals(sources.finding().key(), stored.get(0).key());
            assertEquals("nell", stored.get(0).ignoredBy());
            assertEquals(NOW, stored.get(0).ignoredAt());
        }
        open();
        assertEquals(List.of("Warning Narrative 2"), shown(), "the ignore is read back");
    }

    @Test
    void restoringAnIgnoreBringsTheFindingBack() {
        checks.ignore(checks.rows().get(0));
        checks.showIgnoredProperty().set(true);
        FindingRow ignored = checks.rows().stream().filter(FindingRow::isIgnored).findFirst().orElseThrow();

        checks.restore(ignored);
        checks.showIgnoredProperty().set(false);

        assertEquals(List.of("Warning Narrative 2", "Warning Sources"), shown());
        assertEquals(0, checks.ignoredCountProperty().get());
    }

    @Test
    void anIgnoreOnANarrativeMadeInThisSessionIsStoredUnderTheIdTheFileGaveIt() {
        session.story().editor().addNarrative(2, "Harbour view", "Harbour Gazette",
                "The harbour board has said nothing either way about the market.");
        FindingRow provider = checks.rows().stream().filter(row -> row.placeText().equals("Narrative 3")
                && row.message().contains("Harbour Gazette")).findFirst()
                .orElseThrow(() -> new AssertionError(shown().toString()));

        checks.ignore(provider);
        session.closeCurrent();
        open();

        assertTrue(checks.rows().stream().noneMatch(row -> row.message().contains("Harbour Gazette")),
                "still ignored after reopening: " + shown());
        assertEquals(1, checks.ignoredCountProperty().get());
    }

    @Test
    void theExportsQuestionSeesTheErrorsOfTheLatestState() {
        Fact first = fact(0);
        session.story().editor().typeFactText(first.id(), first.text() + " It was \u201Can outrage\u201D.");

        List<FindingRow> errors = checks.remainingErrors().join();

        assertEquals(1, errors.size());
        assertEquals("Fact 1", errors.get(0).placeText());
        assertEquals("1 error remains in this story", ErrorsBeforeExport.headline(errors));
    }

    @Test
    void staleResultsAreDroppedAndOnlyTheLatestStateIsShown() {
        List<Runnable> workers = new ArrayList<>();
        session.closeCurrent();
        session = new EditorSession(files, Runnable::run, new TaskRunner(workers::add, Runnable::run),
                (what, problem) -> fail(what + ": " + UserMessages.describe(problem)));
        checks = new ChecksModel(session, "nell", Clock.fixed(NOW, ZoneOffset.UTC));
        session.open(file, false, storyId).join();
        runAll(workers);
        List<String> summaries = new ArrayList<>();
        checks.summaryProperty().addListener((observable, was, now) -> summaries.add(now));
        Fact first = fact(0);

        session.story().editor().typeFactText(first.id(), first.text() + " It was \u201Can outrage\u201D.");
        session.story().editor().typeFactText(first.id(), first.text());
        runAll(workers);

        assertFalse(summaries.contains("1 error, 2 warnings"), "the misquote's run was stale: " + summaries);
        assertEquals(List.of("Warning Narrative 2", "Warning Sources"), shown());
        assertTrue(checks.currentProperty().get());
    }

    private static void runAll(List<Runnable> workers) {
        while (!workers.isEmpty()) {
            workers.remove(0).run();
        }
    }

    @Test
    void aSilencedWordIsNoLongerFlaggedInThisProjectAfterReopeningEither() {
        Fact first = fact(0);
        session.story().editor().typeFactText(first.id(), first.text() + " The leader claimed it was safe.");
        FindingRow claimed = checks.rows().stream().filter(row -> row.finding().term().isPresent()).findFirst()
                .orElseThrow(() -> new AssertionError(shown().toString()));

        checks.silenceTerm(claimed);

        assertEquals(List.of("Warning Narrative 2", "Warning Sources"), shown());
        session.closeCurrent();
        open();
        Fact reopened = fact(0);
        session.story().editor().typeFactText(reopened.id(), reopened.text() + " Then he claimed it again.");
        assertEquals(List.of("Warning Narrative 2", "Warning Sources"), shown());
        assertEquals("claim", checks.wording().list().get(0).term());
    }

    @Test
    void aWordTheProjectWatchesForIsFlaggedAndAForgottenOneIsNot() {
        checks.wording().choose(new WordingChoice(WordingChoice.Kind.WATCH, "quayside drama", "cliche", "noun",
                List.of("dispute"), "It makes a council vote sound like a play.", "nell", NOW));
        Fact first = fact(0);
        session.story().editor().typeFactText(first.id(), first.text() + " It ended the quayside dramas.");

        assertTrue(shown().contains("Warning Fact 1"), shown().toString());

        checks.wording().forget("Quayside  drama");
        assertEquals(List.of("Warning Narrative 2", "Warning Sources"), shown());
    }

    @Test
    void aWatchedWordThatMakesNoEntryIsNamedAndTheOtherChecksStillRun() {
        checks.wording().choose(new WordingChoice(WordingChoice.Kind.WATCH, "pier", "gossip", "noun",
                List.of(), "Why not.", "nell", NOW));

        assertTrue(checks.wordingProblemsProperty().get().contains("\u201Cpier\u201D"),
                checks.wordingProblemsProperty().get());
        assertEquals(List.of("Warning Narrative 2", "Warning Sources"), shown());
    }

    @Test
    void damagedIgnoresAreNamedAndEveryFindingIsShown() throws Exception {
        checks.ignore(checks.rows().get(1));
        session.closeCurrent();
        StoredBytes.sql(file, "UPDATE ignored_finding SET ignored_by = 'mallory'");

        open();

        assertEquals(List.of("Warning Narrative 2", "Warning Sources"), shown(), "nothing is hidden");
        assertTrue(checks.ignoresProblemProperty().get().startsWith("The findings ignored in this story could not "
                + "be read, so every finding is shown: Story "), checks.ignoresProblemProperty().get());
    }

    @Test
    void damagedWordingChoicesAreNamedAndTheShippedWordsAreUsed() throws Exception {
        checks.wording().silence("claim");
        session.closeCurrent();
        StoredBytes.sql(file, "UPDATE wording_choice SET chosen_by = 'mallory'");

        open();
        Fact first = fact(0);
        session.story().editor().typeFactText(first.id(), first.text() + " The leader claimed it was safe.");

        assertTrue(shown().contains("Warning Fact 1"), "the silence is gone with the damage: " + shown());
        assertTrue(checks.wordingProblemsProperty().get().startsWith("The project's own wording choices could not "
                + "be read"), checks.wordingProblemsProperty().get());
    }

    @Test
    void aListenerToTheWordingChoicesKeepsHearingOfChangesAfterACollection() {
        assertSame(checks.wording().list(), checks.wording().list(), "one list for every caller");
        List<String> heard = new ArrayList<>();
        checks.wording().list().addListener((javafx.collections.ListChangeListener<WordingChoice>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(choice -> heard.add(choice.term()));
            }
        });
        // A wrapper made per call, held by nothing but its listener, went with the next collection.
        for (int i = 0; i < 5; i++) {
            System.gc();
        }

        checks.wording().silence("claim");

        assertEquals(List.of("claim"), heard);
    }

    @Test
    void aCitedSourceDamagedInTheFileIsNamedAndTheOtherChecksStillRun() throws Exception {
        session.closeCurrent();
        StoredBytes.sql(file, "UPDATE source SET body = 'Tampered with.' WHERE outlet = 'Coastal Broadcasting'");
        List<String> reported = new ArrayList<>();
        session = new EditorSession(files, Runnable::run, TaskRunner.onCallerThread(),
                (what, problem) -> reported.add(what));
        checks = new ChecksModel(session, "nell", Clock.fixed(NOW, ZoneOffset.UTC));
        session.open(file, false, storyId).join();

        assertTrue(checks.problemProperty().get().startsWith("A cited source could not be read, so its quotes and "
                + "numbers show as not found: "), checks.problemProperty().get());
        assertTrue(shown().contains("Warning Sources"), "the other checks ran: " + shown());
    }
}
