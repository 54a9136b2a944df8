package org.factdesk.ui.source.correction;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import javafx.collections.ListChangeListener;
import org.factdesk.logic.cleanup.CleanupProposal;
import org.factdesk.ui.source.cleanup.CleanupLine;
import org.factdesk.ui.source.cleanup.CleanupLinesModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.factdesk.logic.anchoring.CorrectionPreview;
import org.factdesk.logic.anchoring.CorrectionRefusedException;
import org.factdesk.logic.anchoring.CorrectionSubject;
import org.factdesk.logic.anchoring.SourceCorrection;
import org.factdesk.logic.importing.ExtractionSettings;
import org.factdesk.logic.importing.SourceImportException;
import org.factdesk.model.SourceOriginal;
import org.factdesk.ui.common.RunningTask;
import org.factdesk.ui.common.TaskRunner;
import org.factdesk.ui.common.UserMessages;

/**
 * View-model of the "Correct text" dialog: the source's current text and the proposed one (edited by hand or
 * extracted again from the stored original with other settings), the extraction settings, and the preview of
 * what the proposal does to the source's passages. The preview is worked out by the task runner whenever the
 * proposal changes; a result for a proposal since replaced is dropped. Holds no nodes; JavaFX thread.
 */
public final class CorrectTextModel {

    /** Said in the dialog: why Undo does not take a correction back (docs/decisions/0016). */
    public static final String UNDO_NOTE = "A correction is not undone with Undo, and it clears the undo history. "
            + "The old text is kept in the project as an earlier version of the source.";

    /** Where the proposed text came from. */
    public enum Origin {
        /** The source's text as it is. */
        CURRENT,
        /** Typed or trimmed by the editor. */
        EDITED,
        /** Extracted again from the original file. */
        EXTRACTED
    }

    /** Reads a stored original again with settings; blocking, on a worker. */
    @FunctionalInterface
    public interface Extraction {
        String text(SourceOriginal original, ExtractionSettings settings) throws Exception;
    }

    private final CorrectionSubject subject;
    private final TaskRunner tasks;
    private final Extraction extraction;

    private final StringProperty proposedText;
    private final ReadOnlyObjectWrapper<Origin> origin = new ReadOnlyObjectWrapper<>(Origin.CURRENT);
    private final ObjectProperty<ExtractionSettings> settings = new SimpleObjectProperty<>(ExtractionSettings.IMPORT);
    private final ReadOnlyBooleanWrapper extracting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<CorrectionPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper previewLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final BooleanBinding canApply;
    private long previewRequest;
    private long lastPreviewRequestAt = System.nanoTime() - BURST_NANOS;
    private static final long BURST_NANOS = 400_000_000L;
    private static final long SETTLE_MILLIS = 300;
    /** The clean-up whose lines make the proposed text; null once the text changes another way. */
    private CleanupLinesModel cleanup;
    private boolean settingFromCleanup;
    private RunningTask<CorrectionPreview> previewing;
    /** Set while an extraction replaces the text, so that the change is not taken for the editor's own. */
    private boolean settingExtracted;

    public CorrectTextModel(CorrectionSubject subject, TaskRunner tasks, Extraction extraction) {
        this.subject = Objects.requireNonNull(subject);
        this.tasks = Objects.requireNonNull(tasks);
        this.extraction = Objects.requireNonNull(extraction);
        proposedText = new SimpleStringProperty(subject.text());
        canApply = Bindings.createBooleanBinding(() -> preview.get() != null && problem.get().isEmpty()
                && !extracting.get() && !subject.text().equals(proposedText.get()),
                preview, problem, extracting, proposedText);
        proposedText.addListener((observable, old, now) -> {
            if (!settingFromCleanup) {
                cleanup = null; // typed or extracted: the lines shown no longer make the text
            }
            if (!settingExtracted) {
                origin.set(now.equals(subject.text()) ? Origin.CURRENT : Origin.EDITED);
            }
            recomputePreview();
        });
        recomputePreview();
    }

    // ---- extracting again

    /** Whether the source's original file was kept, so that it can be extracted again. */
    public boolean canExtractAgain() {
        return subject.original().isPresent();
    }

    /** Which settings the original's kind of file honours; {@code NONE} without an original. */
    public ExtractionSettings.Kind settingsKind() {
        return subject.original().map(original -> ExtractionSettings.kindOf(original.mediaType()))
                .orElse(ExtractionSettings.Kind.NONE);
    }

    /** What "Extract again" reads, or why it cannot be offered. */
    public String extractAgainNote() {
        Optional<SourceOriginal> original = subject.original();
        if (original.isEmpty()) {
            return "Extracting again is not possible: the project holds no original file for this source (it was "
                    + "pasted, or added before Factdesk kept imported files). Edit the text below instead.";
        }
        String from = "From the original file, " + original.get().fileName() + ". ";
        return switch (settingsKind()) {
            case WEB_PAGE, PDF -> from + "The text below is replaced; check it before applying.";
            case NONE -> from + "This kind of file has no settings: it reads as it did on import.";
        };
    }

    /**
     * Reads the original again with the current settings, in the background; the text it gives becomes the
     * proposal. A failure is shown as the problem and leaves the proposal as it was.
     */
    @SuppressWarnings("FutureReturnValueIgnored") // whenComplete handles both outcomes
    public void extractAgain() {
        Optional<SourceOriginal> original = subject.original();
        if (original.isEmpty() || extracting.get()) {
            return;
        }
        ExtractionSettings chosen = settings.get();
        extracting.set(true);
        tasks.background(progress -> extraction.text(original.get(), chosen)).result()
                .whenComplete((text, failure) -> {
                    extracting.set(false);
                    if (failure != null) {
                        problem.set(extractionProblem(failure));
                        return;
                    }
                    settingExtracted = true;
                    try {
                        origin.set(Origin.EXTRACTED);
                        proposedText.set(text);
                    } finally {
                        settingExtracted = false;
                    }
                    recomputePreview(); // also when the same text came back: clears an earlier problem
                });
    }

    /**
     * A line-by-line clean-up of the proposed text as it is now, proposed in the background; from then on every
     * line the editor keeps or drops in it makes the proposed text, so the passages' preview follows. A later
     * call starts again from the proposed text of that moment.
     */
    public CompletionStage<CleanupLinesModel> cleanUpLines() {
        String base = proposedText.get();
        return tasks.background(progress -> CleanupProposal.propose(base)).result().thenCompose(proposed -> {
            if (!base.equals(proposedText.get())) {
                return cleanUpLines(); // the text changed while its lines were marked: mark the new one
            }
            CleanupLinesModel lines = new CleanupLinesModel(base, proposed);
            lines.lines().addListener((ListChangeListener<CleanupLine>) change -> fromCleanup(lines));
            cleanup = lines;
            fromCleanup(lines); // what the lines show is what would be applied
            return java.util.concurrent.CompletableFuture.completedFuture(lines);
        });
    }

    /** Makes the proposed text from {@code lines}, while they are still the clean-up the text comes from. */
    private void fromCleanup(CleanupLinesModel lines) {
        if (cleanup != lines) {
            return;
        }
        settingFromCleanup = true;
        try {
            proposedText.set(lines.resultText());
        } finally {
            settingFromCleanup = false;
        }
    }

    private static String extractionProblem(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof SourceImportException)) {
            cause = cause.getCause();
        }
        String message = cause instanceof SourceImportException ? cause.getMessage()
                : UserMessages.describe(failure);
        return "Extracting again failed: " + message;
    }

    // ---- the preview

    @SuppressWarnings("FutureReturnValueIgnored") // whenComplete hands both outcomes to previewed()
    private void recomputePreview() {
        long request = ++previewRequest;
        if (previewing != null) {
            previewing.cancel();
            previewing = null;
        }
        preview.set(null);
        String proposed = proposedText.get();
        long now = System.nanoTime();
        // Keys typed in a burst wait for the burst to end: each preview re-anchors every passage.
        long settleMillis = now - lastPreviewRequestAt < BURST_NANOS ? SETTLE_MILLIS : 0;
        lastPreviewRequestAt = now;
        previewLine.set("Working out what happens to the passages…");
        RunningTask<CorrectionPreview> task = tasks.background(progress -> {
            if (settleMillis > 0) {
                Thread.sleep(settleMillis);
            }
            if (progress.cancelled()) {
                return null;
            }
            String text = SourceCorrection.checked(proposed);
            return CorrectionPreview.of(subject.excerpts(), text, subject.citingFacts());
        });
        previewing = task;
        task.result().whenComplete((result, failure) -> previewed(request, result, failure));
    }

    private void previewed(long request, CorrectionPreview result, Throwable failure) {
        if (request != previewRequest) {
            return; // the proposal changed meanwhile; its own preview is on the way
        }
        previewing = null;
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof CorrectionRefusedException refused) {
            previewLine.set("");
            problem.set(capitalised(refused.getMessage()) + ".");
            return;
        }
        if (failure != null) {
            previewLine.set("");
            problem.set("The passages could not be checked: " + UserMessages.describe(failure));
            return;
        }
        problem.set("");
        preview.set(result);
        previewLine.set(subject.excerpts().isEmpty() ? "The source has no passages: nothing is cited from it."
                : "Passages: " + result.counts() + ".");
    }

    private static String capitalised(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    // ---- applying

    /**
     * The proposed text as the correction stores it.
     *
     * @throws IllegalStateException if the proposal cannot be applied ({@link #canApplyProperty()} is false)
     */
    public String textToApply() {
        if (!canApply.get()) {
            throw new IllegalStateException("the proposed text cannot be applied now");
        }
        try {
            return SourceCorrection.checked(proposedText.get());
        } catch (CorrectionRefusedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when applying loses passages, so the editor is asked once more. */
    public boolean losesPassages() {
        return preview.get() != null && !preview.get().lost().isEmpty();
    }

    // ---- observable state

    public CorrectionSubject subject() {
        return subject;
    }

    /** The text a correction would store; the dialog's text area edits it. */
    public StringProperty proposedTextProperty() {
        return proposedText;
    }

    public ReadOnlyObjectProperty<Origin> originProperty() {
        return origin.getReadOnlyProperty();
    }

    public ObjectProperty<ExtractionSettings> settingsProperty() {
        return settings;
    }

    public ReadOnlyBooleanProperty extractingProperty() {
        return extracting.getReadOnlyProperty();
    }

    /** What the proposal does to the passages; null while it is being worked out or cannot be applied. */
    public ReadOnlyObjectProperty<CorrectionPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** "Passages: 3 unchanged, 1 moved, 1 lost.", or what is being done; empty when a problem stands. */
    public ReadOnlyStringProperty previewLineProperty() {
        return previewLine.getReadOnlyProperty();
    }

    /** Why the proposal cannot be applied (an empty text…) or why extracting failed; empty when none. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True when the proposal differs from the text, is allowed, and its preview is current. */
    public BooleanBinding canApplyProperty() {
        return canApply;
    }
}
