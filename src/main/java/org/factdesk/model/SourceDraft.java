package org.factdesk.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A source about to be added to a project: its metadata and full text. Immutable.
 *
 * @param published the publication date, or {@code null} when unknown
 */
public record SourceDraft(String outlet, String title, String author, String url, LocalDate published,
                          String perspective, String text, String importedFrom) {

    public SourceDraft {
        outlet = Texts.orEmpty(outlet);
        title = Texts.orEmpty(title);
        author = Texts.orEmpty(author);
        url = Texts.orEmpty(url);
        perspective = Texts.orEmpty(perspective);
        Objects.requireNonNull(text, "text");
        importedFrom = Texts.orEmpty(importedFrom);
    }
}
