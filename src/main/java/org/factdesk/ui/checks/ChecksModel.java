package org.factdesk.ui.checks;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.factdesk.logic.check.CheckReport;
import org.factdesk.logic.check.Finding;
import org.factdesk.logic.check.ProjectWording;
import org.factdesk.logic.check.SourceShares;
import org.factdesk.logic.check.StoryChecks;
import org.factdesk.model.StoryDocument;
import org.factdesk.ui.common.EditorSession;
import org.factdesk.ui.common.OpenProject;
import org.factdesk.ui.common.OpenStory;
import org.factdesk.ui.common.UserMessages;

/**
 * The Checks panel's state: the findings on the open story as the editor types, newest state only (the runs are
 * {@link CheckRuns}'), without the ones she ignored unless she asks to see them, how many errors and warnings
 * remain, and how the facts rest on outlets and perspectives. Choosing a finding shows its place and passage
 * ({@link FindingPlaces}); ignoring one stores it, with who ignored it ({@link StoryIgnores}). JavaFX thread;
 * tested without the toolkit.
 */
public final class ChecksModel {

    private final OpenStory story;
    private final OpenProject project;
    private final CheckRuns runs;
    private final StoryIgnores ignores;
    private final FindingPlaces places;
    private final WordingChoices wording;
    private final ObservableList<FindingRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper errors = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper warnings = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper ignoredCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper current = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("No story open");
    private final ReadOnlyStringWrapper shares = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper wordingProblems = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper ignoresProblem = new ReadOnlyStringWrapper("");
    private final BooleanProperty showIgnored = new SimpleBooleanProperty();
    private final BooleanBinding projectOpen;
    private final List<CompletableFuture<List<FindingRow>>> waiting = new ArrayList<>();
    private CheckRuns.Outcome shown;

    /**
     * @param user who ignores findings here, stored with each ignore
     */
    public ChecksModel(EditorSession session, String user, Clock clock) {
        this.story = session.story();
        this.project = session.project();
        this.projectOpen = project.projectProperty().isNotNull();
        this.places = new FindingPlaces(session.story(), session.library(), session.selection());
        this.runs = new CheckRuns(project::queue, session.tasks(), this::checked, this::failed);
        this.ignores = new StoryIgnores(project::queue, session.tasks().uiThread(), user, clock, this::showRows,
                failure -> ignoresProblem.set("The findings ignored in this story could not be read, so every "
                        + "finding is shown: " + UserMessages.describe(failure)));
        this.wording = new WordingChoices(project::queue, session.tasks().uiThread(), user, clock, this::useWording,
                failure -> wordingProblems.set("The project's own wording choices could not be read, so the "
                        + "shipped list of words is used: " + UserMessages.describe(failure)));
        story.documentProperty().addListener((observable, old, now) -> documentChanged(old, now));
        project.projectProperty().addListener((observable, old, now) -> {
            runs.forget();
            ignores.forget();
            runs.useChecks(null);
            wordingProblems.set("");
            ignoresProblem.set("");
            shown = null;
            showRows();
            if (now == null) {
                wording.forget();
            } else {
                wording.read();
            }
        });
        session.search().revisionProperty().addListener((observable, old, now) -> runs.textsChanged());
        showIgnored.addListener((observable, old, now) -> showRows());
        if (project.projectProperty().get() != null) {
            wording.read();
        }
        documentChanged(null, story.documentProperty().get());
    }

    private void useWording(ProjectWording chosen) {
        wordingProblems.set(chosen.problems().isEmpty() ? "" : "Your project's wording: "
                + String.join("; ", chosen.problems()) + ".");
        runs.useChecks(new StoryChecks(chosen.rules()));
    }

    private void documentChanged(StoryDocument old, StoryDocument now) {
        if (now == null) {
            runs.forget();
            ignores.forget();
            shown = null;
            showRows();
            // No story, nothing to export: an export that waited for the checks goes on.
            waiting.forEach(wait -> wait.complete(List.of()));
            waiting.clear();
            return;
        }
        if (old == null || old.story().id() != now.story().id()) {
            shown = null;
            ignoresProblem.set("");
            showRows();
        }
        ignores.follow(now.story().id());
        current.set(false);
        runs.check(now);
    }

    // The session puts a new document in place on every change: the same object means the same state, and
    // comparing values would walk the whole story on every run.
    @SuppressWarnings("ReferenceEquality")
    private void checked(CheckRuns.Outcome outcome) {
        shown = outcome;
        problem.set(outcome.unread().isEmpty() ? "" : "A cited source could not be read, so its quotes and "
                + "numbers show as not found: " + String.join(" ", outcome.unread()));
        current.set(outcome.document() == story.documentProperty().get());
        showRows();
        if (current.get()) {
            waiting.forEach(wait -> wait.complete(errorsOf(outcome.report())));
            waiting.clear();
        }
    }

    private void failed(Throwable failure) {
        problem.set("The checks could not run: " + UserMessages.describe(failure));
        waiting.forEach(wait -> wait.completeExceptionally(failure));
        waiting.clear();
    }

    private void showRows() {
        if (shown == null) {
            rows.clear();
            errors.set(0);
            warnings.set(0);
            ignoredCount.set(0);
            shares.set("");
            summary.set(story.documentProperty().get() == null ? "No story open" : "Checking…");
            return;
        }
        List<FindingRow> all = shown.report().findings().stream()
                .map(finding -> new FindingRow(finding, ignores.find(finding.key()))).toList();
        List<FindingRow> open = all.stream().filter(row -> !row.isIgnored()).toList();
        errors.set((int) open.stream().filter(FindingRow::isError).count());
        warnings.set(open.size() - errors.get());
        ignoredCount.set(all.size() - open.size());
        if (ignoredCount.get() == 0 && showIgnored.get()) {
            showIgnored.set(false);
            return;
        }
        rows.setAll(showIgnored.get() ? all : open);
        summary.set(summaryOf(errors.get(), warnings.get()));
        shares.set(sharesOf(shown.report().shares()));
    }

    static String summaryOf(int errorCount, int warningCount) {
        if (errorCount == 0 && warningCount == 0) {
            return "No problems found";
        }
        List<String> parts = new ArrayList<>();
        if (errorCount > 0) {
            parts.add(errorCount + (errorCount == 1 ? " error" : " errors"));
        }
        if (warningCount > 0) {
            parts.add(warningCount + (warningCount == 1 ? " warning" : " warnings"));
        }
        return String.join(", ", parts);
    }

    /** "Outlets: Courier 75%, Sabah 50% · Perspectives: pro-Kyiv 50%" of the cited facts; empty without any. */
    static String sharesOf(SourceShares of) {
        if (of.citedFacts() == 0) {
            return "";
        }
        String outlets = of.outlets().stream().map(ChecksModel::percent).collect(Collectors.joining(", "));
        String text = "Of " + of.citedFacts() + (of.citedFacts() == 1 ? " cited fact: " : " cited facts: ") + outlets;
        if (!of.perspectives().isEmpty()) {
            text += " · Perspectives: " + of.perspectives().stream().map(ChecksModel::percent)
                    .collect(Collectors.joining(", "));
        }
        return text;
    }

    private static String percent(SourceShares.Share share) {
        return share.name() + " " + Math.round(share.share() * 100) + "%";
    }

    // ---- commands

    /** Shows the finding's place and passage; with {@code focus}, the keyboard goes to the place to fix it. */
    public void show(FindingRow row, boolean focus) {
        if (shown != null) {
            places.show(row.finding(), shown.document(), focus);
        }
    }

    /** Ignores the finding in this story, stored in the file with who ignored it. */
    public void ignore(FindingRow row) {
        ignores.ignore(row.finding().key());
    }

    /** Stops flagging the wording finding's term anywhere in this project (stored in the file). */
    public void silenceTerm(FindingRow row) {
        row.finding().term().ifPresent(wording::silence);
    }

    /** Takes an ignore back: the finding counts again. */
    public void restore(FindingRow row) {
        ignores.restore(row.finding().key());
    }

    /**
     * The errors that remain in the story as it is now, ignored ones left out, once the checks have caught up
     * with the editor's last change (at once if they have; none without a story): for the export's question.
     * Completes on the JavaFX thread; fails if the checks could not run.
     */
    public CompletableFuture<List<FindingRow>> remainingErrors() {
        if (story.documentProperty().get() == null) {
            return CompletableFuture.completedFuture(List.of());
        }
        if (shown != null && current.get()) {
            return CompletableFuture.completedFuture(errorsOf(shown.report()));
        }
        CompletableFuture<List<FindingRow>> wait = new CompletableFuture<>();
        waiting.add(wait);
        return wait;
    }

    private List<FindingRow> errorsOf(CheckReport report) {
        return report.findings().stream().filter(Finding::isError).filter(finding -> ignores.find(finding.key())
                .isEmpty()).map(finding -> new FindingRow(finding, java.util.Optional.empty())).toList();
    }

    // ---- observable state

    /** The findings shown, in place order. */
    public ObservableList<FindingRow> rows() {
        return rows;
    }

    public ReadOnlyIntegerProperty errorCountProperty() {
        return errors.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty warningCountProperty() {
        return warnings.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty ignoredCountProperty() {
        return ignoredCount.getReadOnlyProperty();
    }

    /** True while the findings shown are those of the story as it is now. */
    public ReadOnlyBooleanProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** "2 errors, 1 warning", "No problems found", "Checking…" or "No story open". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Each outlet's and perspective's share of the cited facts, in one line. */
    public ReadOnlyStringProperty sharesProperty() {
        return shares.getReadOnlyProperty();
    }

    /** Why the checks could not run, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The project's watched terms that the check leaves out, with why, or why none could be read; or empty. */
    public ReadOnlyStringProperty wordingProblemsProperty() {
        return wordingProblems.getReadOnlyProperty();
    }

    /** Why the story's ignores could not be read (every finding is then shown), or empty. */
    public ReadOnlyStringProperty ignoresProblemProperty() {
        return ignoresProblem.getReadOnlyProperty();
    }

    /** True while a project is open, so that its wording choices can be changed. */
    public ObservableBooleanValue projectOpenProperty() {
        return projectOpen;
    }

    /** The project's own wording choices, to list and change them. */
    public WordingChoices wording() {
        return wording;
    }

    /** Whether ignored findings are listed too (marked as ignored). */
    public BooleanProperty showIgnoredProperty() {
        return showIgnored;
    }
}
