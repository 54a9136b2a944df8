package org.factdesk.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A source article's metadata as kept in the project. The full text is fetched apart
 * ({@link SourceLibrary#sourceText(long)}) because most views need only the metadata.
 * Immutable; safe on any thread.
 *
 * @param published the publication date, or {@code null} when unknown
 * @param importedFrom where the text came from (a file name, "paste", "json import"), or empty
 */
public record Source(long id, String outlet, String title, String author, String url, LocalDate published,
                     String perspective, String importedFrom, Instant addedAt) {

    public Source {
        outlet = Texts.orEmpty(outlet);
        title = Texts.orEmpty(title);
        author = Texts.orEmpty(author);
        url = Texts.orEmpty(url);
        perspective = Texts.orEmpty(perspective);
        importedFrom = Texts.orEmpty(importedFrom);
        Objects.requireNonNull(addedAt, "addedAt");
    }

    /** The same source with edited metadata; identity, provenance and text stay. */
    public Source withMetadata(String outlet, String title, String author, String url, LocalDate published,
                               String perspective) {
        return new Source(id, outlet, title, author, url, published, perspective, importedFrom, addedAt);
    }
}
