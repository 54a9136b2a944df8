package org.factdesk.ui.source.correction;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.LongConsumer;
import org.factdesk.logic.anchoring.CorrectedStory;
import org.factdesk.logic.anchoring.CorrectionPreview;
import org.factdesk.logic.anchoring.CorrectionRefusedException;
import org.factdesk.logic.anchoring.CorrectionSubject;
import org.factdesk.logic.anchoring.SourceCorrection;
import org.factdesk.model.Excerpt;
import org.factdesk.model.Source;
import org.factdesk.model.StoryDocument;
import org.factdesk.model.TextCorrection;
import org.factdesk.ui.common.EditorSelection;
import org.factdesk.ui.common.OpenProject;
import org.factdesk.ui.common.OpenStory;
import org.factdesk.ui.common.ProjectSearch;
import org.factdesk.ui.common.TaskRunner;
import org.factdesk.ui.common.UserFacingException;

/**
 * "Correct text…" for one source: reads what the dialog needs through the project's queue, shows the dialog,
 * and applies the correction the editor chose through the same queue ({@link SourceCorrection}: a new version of
 * the text, every passage found again, facts flagged). Then the window follows: the open story takes the new
 * places and Check flags ({@link CorrectedStory}), the search index the new text, the source view is told to
 * show it again, the status bar says what happened, and the undo history is cleared, since its commands refer to
 * the old text (docs/decisions/0016). Used on the JavaFX thread; the project work runs on the project thread.
 */
public final class CorrectTextCommand {

    private final OpenProject project;
    private final OpenStory story;
    private final EditorSelection selection;
    private final ProjectSearch search;
    private final TaskRunner tasks;
    private final CorrectTextModel.Extraction extraction;
    private final LongConsumer textReplaced;
    private CorrectTextDialogs dialogs = CorrectTextDialogs.NONE;

    /**
     * @param extraction reads a stored original again (on a worker of {@code tasks})
     * @param textReplaced told the id of a source whose text was replaced, to show it again
     */
    public CorrectTextCommand(OpenProject project, OpenStory story, EditorSelection selection, ProjectSearch search,
            TaskRunner tasks, CorrectTextModel.Extraction extraction, LongConsumer textReplaced) {
        this.project = Objects.requireNonNull(project);
        this.story = Objects.requireNonNull(story);
        this.selection = Objects.requireNonNull(selection);
        this.search = Objects.requireNonNull(search);
        this.tasks = Objects.requireNonNull(tasks);
        this.extraction = Objects.requireNonNull(extraction);
        this.textReplaced = Objects.requireNonNull(textReplaced);
    }

    /** Installs the dialog the view shows; until then every correction is cancelled. */
    public void setDialogs(CorrectTextDialogs dialogs) {
        this.dialogs = Objects.requireNonNull(dialogs);
    }

    /**
     * Opens the dialog for {@code source} once its text and passages are read, and applies what the editor
     * chose. Completes with what the correction did, or with null when she cancelled; a failure is reported.
     */
    public CompletableFuture<CorrectionPreview> correct(Source source) {
        return project.read("Reading source…", p -> CorrectionSubject.read(p, source.id())).thenCompose(subject -> {
            try {
                CorrectTextModel model = new CorrectTextModel(subject, tasks, extraction);
                return dialogs.askToApply(model) ? apply(subject, model.textToApply())
                        : CompletableFuture.completedFuture(null);
            } catch (RuntimeException e) {
                // Nobody waits on this future for its failure: the read and the write report their own.
                project.errors().report("Correct text", e);
                return CompletableFuture.completedFuture(null);
            }
        });
    }

    /** Replaces the subject's text with {@code text} (as {@link SourceCorrection#checked} gives it). */
    public CompletableFuture<CorrectionPreview> apply(CorrectionSubject subject, String text) {
        Source source = subject.source();
        String title = source.title().isBlank() ? source.outlet() : source.title();
        return project.read("Correcting " + title + "…", p -> {
            List<Excerpt> before = p.library().excerptsOf(source.id());
            try {
                return new Applied(before, new SourceCorrection(p).correct(source.id(), text));
            } catch (CorrectionRefusedException e) {
                throw new CompletionException(new UserFacingException("The text of " + title
                        + " was not corrected: " + e.getMessage() + ".", e));
            }
        }).thenApply(applied -> {
            StoryDocument shown = story.document();
            if (shown != null) {
                story.show(CorrectedStory.apply(shown, source.id(), applied.before(),
                        applied.correction().excerpts(), text));
            }
            story.editor().history().clear();
            selection.clearPassage();
            search.textReplaced(source, text);
            textReplaced.accept(source.id());
            CorrectionPreview outcome = CorrectionPreview.compared(applied.before(), applied.correction().excerpts(),
                    subject.citingFacts());
            project.announce("Corrected " + title + ": " + outcome.outcome());
            return outcome;
        });
    }

    /** The source's excerpts before the correction, and what it did. */
    private record Applied(List<Excerpt> before, TextCorrection correction) {
    }
}
