package org.factdesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdesk.model.Citation;
import org.factdesk.model.Excerpt;
import org.factdesk.model.ExcerptDraft;
import org.factdesk.model.Fact;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.Narrative;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectDamagedException;
import org.factdesk.model.ProjectFileException;
import org.factdesk.model.ProjectFileException.Problem;
import org.factdesk.model.ProjectStorageException;
import org.factdesk.model.RecoveryReport;
import org.factdesk.model.RecoveryReport.Action;
import org.factdesk.model.RecoveryReport.LeftOut;
import org.factdesk.model.ReviewStatus;
import org.factdesk.model.Source;
import org.factdesk.model.SourceDraft;
import org.factdesk.model.Story;

/**
 * Copies every sound source and story of a damaged project file into another project, reading the damaged file
 * under its lock marker, through a read-only connection so that not one byte of it changes. A part that is not
 * sound is left out and named in the report; a story loses only its damaged facts, narratives and citations (a
 * story whose own title, lede or style are damaged keeps the rest under a stand-in title), and a citation whose
 * passage was left out keeps its source. A source keeps the file it was imported from, but not the texts earlier
 * corrections replaced (docs/decisions/0014): its current text is what its passages point into. A story keeps
 * the findings ignored in it, each key naming the copied fact or narrative by its new id, and the project keeps
 * its wording choices (docs/decisions/0019); a damaged one is left out and named like any other part. Each source
 * and each story is copied in one transaction of the target.
 * One recovery per instance, on the calling thread.
 */
public final class ProjectRecovery {

    private final SalvageReader damaged;
    private final Project target;
    private final Map<Long, Long> newSourceIds = new HashMap<>();
    private final Map<Long, Long> newExcerptIds = new HashMap<>();
    private final List<LeftOut> leftOut = new ArrayList<>();

    private ProjectRecovery(SalvageReader damaged, Project target) {
        this.damaged = damaged;
        this.target = target;
    }

    /**
     * Copies what is sound in {@code damagedFile} into {@code target}, which should be a new, empty project. The
     * damaged file's lock marker is taken first, as every open takes it: a file that another live process has open
     * (a workstation may be writing to it) is refused with {@link Problem#IN_USE} rather than read while it moves;
     * a stale marker is taken over. The marker goes beside the real file, where every other open looks for it.
     */
    public static RecoveryReport copySound(Path damagedFile, Project target) throws ProjectFileException {
        Path file = H2ProjectFiles.withSuffix(damagedFile.toAbsolutePath().normalize());
        if (!Files.isRegularFile(file)) {
            throw new ProjectFileException(file, Problem.NOT_FOUND, "There is no project file at " + file + ".");
        }
        Path real = realPath(file);
        ProjectPathSyntax.check(real);
        ProjectLock lock = ProjectLock.acquire(real);
        try (SalvageReader reader = SalvageReader.open(real,
                new SchemaMigrations(SchemaMigrations.RELEASED).latestVersion())) {
            return new ProjectRecovery(reader, target).run();
        } finally {
            lock.close();
        }
    }

    private static Path realPath(Path file) throws ProjectFileException {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            throw new ProjectFileException(file, Problem.UNREADABLE,
                    "Cannot read " + file + ": " + FileProblems.reason(e) + ".", e);
        }
    }

    private RecoveryReport run() {
        List<Long> sourceIds = damaged.sourceIds();
        for (long sourceId : sourceIds) {
            target.inTransaction(() -> {
                copySource(sourceId);
                return null;
            });
        }
        List<Long> storyIds = damaged.storyIds();
        for (long storyId : storyIds) {
            Story story = storyOrStandIn(storyId);
            checkStructure(storyId);
            target.inTransaction(() -> {
                copyStory(storyId, story);
                return null;
            });
        }
        copyWordingChoices();
        return new RecoveryReport(sourceIds.size(), newSourceIds.size(), storyIds.size(), storyIds.size(),
                leftOut);
    }

    /** Weeks of facts are worth more than a title: a damaged story row is replaced, not its story dropped. */
    private Story storyOrStandIn(long storyId) {
        try {
            return damaged.story(storyId);
        } catch (ProjectStorageException damage) {
            String title = "Recovered story " + storyId;
            leftOut.add(new LeftOut("story " + storyId, Action.KEPT_WITH_A_NEW_TITLE,
                    "\"" + title + "\", without its lede; " + why(damage)));
            return new Story(storyId, title, "", HouseStyle.DEFAULT);
        }
    }

    /** A story whose structure check fails is still copied, in the order the file holds its parts. */
    private void checkStructure(long storyId) {
        String why;
        try {
            if (damaged.partsSound(storyId)) {
                return;
            }
            why = H2StoryRepository.PARTS_DAMAGED;
        } catch (ProjectStorageException unreadable) {
            why = "its facts, citations or narratives cannot all be listed (" + unreadable.getMessage() + ")";
        }
        leftOut.add(new LeftOut("story " + storyId, Action.KEPT_IN_STORED_ORDER, why));
    }

    private void copySource(long sourceId) {
        Optional<SalvageReader.SourceWithText> read = read("source " + sourceId, () -> damaged.source(sourceId));
        if (read.isEmpty()) {
            return;
        }
        Source source = read.get().source();
        Source copy = target.library().addSource(new SourceDraft(source.outlet(), source.title(), source.author(),
                source.url(), source.published(), source.perspective(), read.get().text(), source.importedFrom()));
        newSourceIds.put(sourceId, copy.id());
        for (long excerptId : damaged.excerptIds(sourceId)) {
            read("passage " + excerptId + " of source " + sourceId, () -> damaged.excerpt(excerptId))
                    .ifPresent(excerpt -> newExcerptIds.put(excerptId, copyExcerpt(copy.id(), excerpt)));
        }
        // The imported file lets the editor extract the source again; a damaged one costs only itself.
        read("imported file of source " + sourceId, () -> damaged.original(sourceId))
                .flatMap(original -> original)
                .ifPresent(original -> target.library().storeOriginal(copy.id(), original));
    }

    private long copyExcerpt(long newSourceId, Excerpt excerpt) {
        return target.library().addExcerpt(new ExcerptDraft(newSourceId, excerpt.start(), excerpt.end(),
                excerpt.quote(), excerpt.contextBefore(), excerpt.contextAfter()), excerpt.anchoring()).id();
    }

    private void copyStory(long storyId, Story story) {
        long copyId = target.stories().createStory(story.title(), story.lede(), story.style()).id();
        // How an ignore's key names the story's elements: see the key of a finding in README (check --format json).
        Map<String, String> targets = new HashMap<>(Map.of("story", "story"));
        int position = 0;
        for (long factId : damaged.factIds(storyId)) {
            Optional<Fact> fact = read("fact " + factId + " of story " + storyId, () -> damaged.fact(factId));
            if (fact.isPresent()) {
                List<Citation> citations = citations(storyId, factId);
                Fact added = target.stories().addFact(copyId, position++, fact.get().text(), citations,
                        fact.get().colour());
                if (fact.get().reviewStatus() != ReviewStatus.UNCHECKED) {
                    target.stories().updateReviewStatus(added.id(), fact.get().reviewStatus());
                }
                targets.put("fact-" + factId, "fact-" + added.id());
            }
        }
        position = 0;
        for (long narrativeId : damaged.narrativeIds(storyId)) {
            Optional<Narrative> narrative = read("narrative " + narrativeId + " of story " + storyId,
                    () -> damaged.narrative(narrativeId));
            if (narrative.isPresent()) {
                Narrative kept = narrative.get();
                long added = target.stories().addNarrative(copyId, position++, kept.label(), kept.providedBy(),
                        kept.text()).id();
                targets.put("narrative-" + narrativeId, "narrative-" + added);
            }
        }
        copyIgnores(storyId, copyId, targets);
    }

    /** An ignore of a fact or narrative that was left out goes with it; it is about nothing in the copy. */
    private void copyIgnores(long storyId, long copyId, Map<String, String> targets) {
        String ofStory = " of story " + storyId;
        List<Long> ids = read("ignored findings" + ofStory, () -> damaged.ignoredFindingIds(storyId))
                .orElse(List.of());
        for (long id : ids) {
            read("ignored finding " + id + ofStory, () -> damaged.ignoredFinding(id))
                    .flatMap(ignored -> ignored.carriedTo(copyId, targets))
                    .ifPresent(ignored -> target.checks().ignoreFinding(ignored));
        }
    }

    private void copyWordingChoices() {
        List<Long> ids = read("wording choices", damaged::wordingChoiceIds).orElse(List.of());
        for (long id : ids) {
            read("wording choice " + id, () -> damaged.wordingChoice(id))
                    .ifPresent(choice -> target.checks().chooseWording(choice));
        }
    }

    private List<Citation> citations(long storyId, long factId) {
        List<Citation> copies = new ArrayList<>();
        for (int position : damaged.citationPositions(factId)) {
            String place = "citation " + (position + 1) + " of fact " + factId + " of story " + storyId;
            Optional<Citation> read = read(place, () -> damaged.citation(factId, position)
                    .orElseThrow(() -> new DamagedRow("citation " + (position + 1) + " of fact " + factId,
                            "is listed but cannot be found by its position", null)));
            if (read.isEmpty()) {
                continue;
            }
            Citation citation = read.get();
            Long source = newSourceIds.get(citation.sourceId());
            if (source == null) {
                leftOut.add(new LeftOut(place, Action.LEFT_OUT,
                        "it cites source " + citation.sourceId() + ", which was left out"));
                continue;
            }
            Long excerpt = citation.excerptId() == null ? null : newExcerptIds.get(citation.excerptId());
            if (citation.excerptId() != null && excerpt == null) {
                leftOut.add(new LeftOut(place, Action.KEPT_WITHOUT_ITS_PASSAGE, "passage " + citation.excerptId()
                        + " of source " + citation.sourceId() + " was left out; it now cites the whole source"));
            }
            copies.add(new Citation(source, excerpt));
        }
        return copies;
    }

    /** Reads one part; a damaged part is recorded as left out and comes back empty. */
    private <T> Optional<T> read(String place, java.util.function.Supplier<T> part) {
        try {
            return Optional.of(part.get());
        } catch (ProjectStorageException damage) {
            // A row that fails to read for any reason is the file's problem here: the file is known to be damaged.
            leftOut.add(new LeftOut(place, Action.LEFT_OUT, why(damage)));
            return Optional.empty();
        }
    }

    private static String why(ProjectStorageException failure) {
        if (!(failure instanceof ProjectDamagedException damage)) {
            return "it cannot be read (" + failure.getMessage() + ")";
        }
        if (damage instanceof DamagedRow row && !row.row().isEmpty()) {
            return "it " + row.reason();
        }
        if (damage.getCause() instanceof DamagedRow row && row.row().isEmpty()) {
            return "it holds a value that cannot be read";
        }
        return damage.detail();
    }
}
