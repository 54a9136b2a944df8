package org.factdesk.model;

import java.util.List;
import java.util.Optional;

/**
 * The sources of a project and the passages (excerpts) taken from them. Every method that changes something
 * commits before it returns. Implementations are thread-safe; callers keep them off the JavaFX thread.
 */
public interface SourceLibrary {

    /** All sources, oldest first. */
    List<Source> sources();

    Optional<Source> source(long sourceId);

    /** The full text of a source. */
    String sourceText(long sourceId);

    Source addSource(SourceDraft draft);

    /** Stores a source's edited metadata; its text and provenance are not changed. */
    void updateSource(Source source);

    /** A source with the same outlet, title, url and text as the draft, if the project already has one. */
    Optional<Source> findIdentical(SourceDraft draft);

    /** Stores a new passage of the current text. */
    default Excerpt addExcerpt(ExcerptDraft draft) {
        return addExcerpt(draft, Anchoring.UNCHANGED);
    }

    /** Stores a passage with the anchoring it already has: a recovered copy of an orphan stays an orphan. */
    Excerpt addExcerpt(ExcerptDraft draft, Anchoring anchoring);

    /** The stored excerpt of the current text with the same source and offsets, if there is one (no orphan). */
    Optional<Excerpt> findExcerpt(long sourceId, int start, int end);

    /** All excerpts of one source, in text order; orphaned ones too ({@link Excerpt#isOrphaned()}). */
    List<Excerpt> excerptsOf(long sourceId);

    /**
     * Corrects a source: {@code newText} becomes its text, as a new version, and the text it replaces is kept
     * ({@link #textVersions(long)}). Each excerpt of {@code reanchored} is stored at its new place with its
     * outcome, and every fact citing one that {@link Anchoring#MOVED moved} or is {@link Anchoring#ORPHANED
     * orphaned} is flagged for review ({@link ReviewStatus#NEEDS_WORK}). All of it in one transaction, or none.
     * Working out the new places is the caller's (logic/anchoring); this checks them: {@code reanchored} must
     * hold every excerpt of the source once, and each one not orphaned must quote {@code newText} at its offsets.
     *
     * @throws IllegalArgumentException if the excerpts or the text break those rules
     */
    TextCorrection correctText(long sourceId, String newText, List<Excerpt> reanchored);

    /** The texts corrections replaced, oldest (version 1) first; empty for a source never corrected. */
    List<SourceTextVersion> textVersions(long sourceId);

    /** Keeps the file a source was imported from, replacing any kept before. */
    void storeOriginal(long sourceId, SourceOriginal original);

    /** The file a source was imported from, if it was kept. */
    Optional<SourceOriginal> original(long sourceId);
}
