package org.factdesk.logic.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.factdesk.logic.check.wording.WordingRules;

/**
 * Runs every check on a story: citations, quotes, numbers, neutral wording, repeated facts, narratives and the
 * outlets' balance (sections 1 to 5 of the trust checks), and returns their findings in place order (title, lede,
 * facts, narratives, sources; within a place, in the order of the checks) with the outlet and perspective shares.
 * The wording check watches for the shipped lexicon unless a project's {@link WordingRules} are passed in. Pure
 * work on a snapshot: safe on any thread, and meant for a worker, never the JavaFX thread.
 */
public final class StoryChecks {

    private final List<StoryCheck> checks;

    /** The standard checks, with the shipped wording lexicon. */
    public StoryChecks() {
        this(WordingRules.shipped(), List.of());
    }

    /** The standard checks, with the wording a project watches for. */
    public StoryChecks(WordingRules wording) {
        this(wording, List.of());
    }

    /** The standard checks, with the shipped wording lexicon, and {@code more} after them. */
    public StoryChecks(List<StoryCheck> more) {
        this(WordingRules.shipped(), more);
    }

    /** The standard checks, with {@code wording}, and {@code more} after them. */
    public StoryChecks(WordingRules wording, List<StoryCheck> more) {
        List<StoryCheck> all = new ArrayList<>(List.of(new CitationCheck(), new QuoteCheck(), new NumberCheck(),
                new WordingCheck(wording), new DuplicateFactCheck(), new NarrativeCheck(),
                new OutletBalanceCheck()));
        all.addAll(more);
        this.checks = List.copyOf(all);
    }

    public CheckReport run(StorySnapshot snapshot) {
        CheckedStory story = new CheckedStory(snapshot);
        List<Finding> findings = new ArrayList<>();
        for (StoryCheck check : checks) {
            findings.addAll(check.check(story));
        }
        // A stable sort: within one place the findings keep the order of the checks.
        findings.sort(Comparator.comparing(Finding::place));
        return new CheckReport(findings, SourceShares.of(snapshot.document()));
    }
}
