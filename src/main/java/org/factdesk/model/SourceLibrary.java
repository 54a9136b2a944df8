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

    Excerpt addExcerpt(ExcerptDraft draft);

    /** The stored excerpt with the same source and offsets, if there is one. */
    Optional<Excerpt> findExcerpt(long sourceId, int start, int end);

    /** All excerpts of one source, in text order. */
    List<Excerpt> excerptsOf(long sourceId);
}
