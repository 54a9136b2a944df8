package org.factdesk.ui.source.correction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdesk.logic.anchoring.CorrectionSubject;
import org.factdesk.logic.importing.ExtractionSettings;
import org.factdesk.logic.importing.SourceFileReader;
import org.factdesk.logic.importing.SourceImportException;
import org.factdesk.model.Excerpt;
import org.factdesk.model.ExcerptDraft;
import org.factdesk.model.Source;
import org.factdesk.model.SourceOriginal;
import org.factdesk.ui.common.TaskRunner;
import org.junit.jupiter.api.Test;

/** The "Correct text" dialog's state, without the toolkit: preview, refusals, and extracting again. */
class CorrectTextModelTest {

    private static final String TEXT = "Subscribe now!\n\nThe Quarry Lane school will close for a week. "
            + "A burst pipe flooded two classrooms.\n\nPupils will learn at home until Monday.";

    private static final String PAGE = "<html><head><title>School shut by burst pipe | Lindow Gazette</title></head>"
            + "<body><nav><a href='/'>Front page</a> <a href='/schools'>Schools</a></nav><article>"
            + "<h1>School shut by burst pipe</h1>"
            + "<p>The Quarry Lane school will close for a week, the head teacher said on Friday, after a burst "
            + "pipe flooded two classrooms and the hall.</p>"
            + "<p>Pupils will learn at home until Monday, and the school's kitchen will send lunches to families "
            + "who ask for them.</p></article><footer>Lindow Gazette, all rights kept</footer></body></html>";

    private static final Source SOURCE = new Source(3, "Lindow Gazette", "School shut", "", "", null, "", "",
            Instant.parse("2031-05-01T08:00:00Z"));

    private final List<Excerpt> excerpts = List.of(
            excerpt(10, "The Quarry Lane school will close for a week."),
            excerpt(11, "A burst pipe flooded two classrooms."),
            excerpt(12, "Pupils will learn at home until Monday."));

    private static Excerpt excerpt(long id, String quote) {
        int start = TEXT.indexOf(quote);
        ExcerptDraft draft = ExcerptDraft.of(SOURCE.id(), TEXT, start, start + quote.length());
        return new Excerpt(id, SOURCE.id(), draft.start(), draft.end(), draft.quote(), draft.contextBefore(),
                draft.contextAfter());
    }

    private CorrectionSubject subject(Optional<SourceOriginal> original) {
        return new CorrectionSubject(SOURCE, TEXT, excerpts,
                Map.of(11L, List.of("\u201cSchools\u201d: Two classrooms flooded.")), original);
    }

    private static String read(SourceOriginal original, ExtractionSettings settings) throws Exception {
        return new SourceFileReader().extract(original.bytes(), original.fileName(), original.mediaType(), settings)
                .draft().text();
    }

    private CorrectTextModel model(TaskRunner tasks) {
        return new CorrectTextModel(subject(Optional.empty()), tasks, CorrectTextModelTest::read);
    }

    @Test
    void theDialogOpensOnTheCurrentTextWithEveryPassageInPlaceAndNothingToApply() {
        CorrectTextModel model = model(TaskRunner.onCallerThread());

        assertEquals(TEXT, model.proposedTextProperty().get());
        assertEquals(CorrectTextModel.Origin.CURRENT, model.originProperty().get());
        assertEquals("Passages: 3 unchanged, 0 moved, 0 lost.", model.previewLineProperty().get());
        assertFalse(model.canApplyProperty().get(), "an unchanged text is nothing to apply");
    }

    @Test
    void cleaningUpLinesMakesTheProposedTextAndEveryToggleFollows() throws Exception {
        CorrectTextModel model = model(TaskRunner.onCallerThread());

        org.factdesk.ui.source.cleanup.CleanupLinesModel lines = model.cleanUpLines().toCompletableFuture().get();

        assertEquals(List.of(true, false, false), lines.lines().stream()
                .map(org.factdesk.ui.source.cleanup.CleanupLine::dropped).toList());
        assertEquals(TEXT.replace("Subscribe now!\n\n", ""), model.proposedTextProperty().get());
        assertEquals("Passages: 0 unchanged, 3 moved, 0 lost.", model.previewLineProperty().get());
        assertTrue(model.canApplyProperty().get());

        lines.toggle(2);
        assertEquals("The Quarry Lane school will close for a week. A burst pipe flooded two classrooms.",
                model.proposedTextProperty().get());
        assertEquals("Passages: 0 unchanged, 2 moved, 1 lost.", model.previewLineProperty().get());

        lines.keepEveryLine();
        assertEquals(TEXT, model.proposedTextProperty().get(), "keeping every line keeps the text as it was");
        assertFalse(model.canApplyProperty().get());
    }

    @Test
    void aCleanUpLeftForTypingNoLongerMakesTheText() throws Exception {
        CorrectTextModel model = model(TaskRunner.onCallerThread());
        org.factdesk.ui.source.cleanup.CleanupLinesModel lines = model.cleanUpLines().toCompletableFuture().get();
        String typed = TEXT.replace("Monday", "Tuesday");

        model.proposedTextProperty().set(typed);
        lines.toggle(0);
        lines.keepEveryLine();

        assertEquals(typed, model.proposedTextProperty().get(), "the editor's typing stays");
    }

    @Test
    void deletingACitedSentenceShowsItLostWithItsFactAndMovesThoseAfterIt() {
        CorrectTextModel model = model(TaskRunner.onCallerThread());

        model.proposedTextProperty().set(TEXT.replace(" A burst pipe flooded two classrooms.", "")
                .replace("Subscribe now!\n\n", ""));

        assertEquals("Passages: 0 unchanged, 2 moved, 1 lost.", model.previewLineProperty().get());
        assertEquals("A burst pipe flooded two classrooms.", model.previewProperty().get().lost().get(0).quote());
        assertEquals(List.of("\u201cSchools\u201d: Two classrooms flooded."),
                model.previewProperty().get().lost().get(0).citingFacts());
        assertEquals(CorrectTextModel.Origin.EDITED, model.originProperty().get());
        assertTrue(model.losesPassages());
        assertTrue(model.canApplyProperty().get());
    }

    @Test
    void aPreviewForATextSinceReplacedIsDropped() {
        List<Runnable> workers = new ArrayList<>();
        CorrectTextModel model = model(new TaskRunner(workers::add, Runnable::run));
        workers.clear(); // the opening text's preview is not wanted here
        String trimmed = TEXT.replace("Subscribe now!\n\n", "");

        model.proposedTextProperty().set(TEXT.replace("Pupils will learn at home until Monday.", "Back Monday."));
        model.proposedTextProperty().set(trimmed);
        assertNull(model.previewProperty().get(), "no preview while the current one is worked out");
        assertFalse(model.canApplyProperty().get(), "nothing is applied before its preview is known");
        workers.get(1).run();
        workers.get(0).run();

        assertEquals("Passages: 0 unchanged, 3 moved, 0 lost.", model.previewLineProperty().get(),
                "the late result for the earlier text did not replace the current one");
        assertTrue(model.canApplyProperty().get());
        assertEquals(trimmed, model.textToApply());
    }

    @Test
    void anEmptyTextIsRefusedWithAClearMessage() {
        CorrectTextModel model = model(TaskRunner.onCallerThread());

        model.proposedTextProperty().set("  \n ");

        assertEquals("The new text is empty; a source keeps a text.", model.problemProperty().get());
        assertNull(model.previewProperty().get());
        assertFalse(model.canApplyProperty().get());
        assertThrows(IllegalStateException.class, model::textToApply);
    }

    @Test
    void aTextWithAControlCharacterIsRefusedSayingWhere() {
        CorrectTextModel model = model(TaskRunner.onCallerThread());

        model.proposedTextProperty().set("School shut\u0007 today.");

        assertTrue(model.problemProperty().get().startsWith("The new text holds "), model.problemProperty().get());
        assertFalse(model.canApplyProperty().get());
    }

    @Test
    void withoutAnOriginalExtractingAgainIsNotOfferedAndTheNoteSaysWhy() {
        CorrectTextModel model = model(TaskRunner.onCallerThread());

        assertFalse(model.canExtractAgain());
        assertEquals(ExtractionSettings.Kind.NONE, model.settingsKind());
        assertTrue(model.extractAgainNote().contains("no original file"), model.extractAgainNote());
        model.extractAgain();
        assertEquals(TEXT, model.proposedTextProperty().get());
    }

    @Test
    void extractingAgainAsTheWholePageOrTheArticleReplacesTheProposal() {
        SourceOriginal page = new SourceOriginal("school.html", SourceFileReader.HTML,
                PAGE.getBytes(StandardCharsets.UTF_8));
        CorrectTextModel model = new CorrectTextModel(subject(Optional.of(page)), TaskRunner.onCallerThread(),
                CorrectTextModelTest::read);
        assertTrue(model.canExtractAgain());
        assertEquals(ExtractionSettings.Kind.WEB_PAGE, model.settingsKind());
        assertTrue(model.extractAgainNote().startsWith("From the original file, school.html."));

        model.settingsProperty().set(ExtractionSettings.IMPORT.withArticleOnly(false));
        model.extractAgain();
        String whole = model.proposedTextProperty().get();

        assertTrue(whole.startsWith("Front page Schools\n\nSchool shut by burst pipe"), whole);
        assertTrue(whole.endsWith("Lindow Gazette, all rights kept"), whole);
        assertEquals(CorrectTextModel.Origin.EXTRACTED, model.originProperty().get());

        model.settingsProperty().set(ExtractionSettings.IMPORT);
        model.extractAgain();
        String article = model.proposedTextProperty().get();

        assertTrue(article.startsWith("The Quarry Lane school will close for a week, the head teacher"), article);
        assertFalse(article.contains("Front page"), article);
        assertEquals("Passages: 0 unchanged, 1 moved, 2 lost.", model.previewLineProperty().get(),
                "the page words the first two sentences as one; only the last is found again");
        assertEquals(CorrectTextModel.Origin.EXTRACTED, model.originProperty().get());
    }

    @Test
    void aFailedExtractionSaysWhyAndKeepsTheProposal() {
        SourceOriginal page = new SourceOriginal("school.html", SourceFileReader.HTML, new byte[] {1});
        CorrectTextModel model = new CorrectTextModel(subject(Optional.of(page)), TaskRunner.onCallerThread(),
                (original, settings) -> {
                    throw new SourceImportException("school.html holds no text with these settings.");
                });

        model.extractAgain();

        assertEquals("Extracting again failed: school.html holds no text with these settings.",
                model.problemProperty().get());
        assertEquals(TEXT, model.proposedTextProperty().get());
        assertFalse(model.extractingProperty().get());
    }
}
