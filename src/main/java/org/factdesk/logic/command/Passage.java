package org.factdesk.logic.command;

import org.factdesk.model.ExcerptDraft;
import org.factdesk.model.Source;

/** A passage the editor selected in a source, about to become a citation. Immutable. */
public record Passage(Source source, ExcerptDraft draft) {

    public static Passage of(Source source, String sourceText, int start, int end) {
        return new Passage(source, ExcerptDraft.of(source.id(), sourceText, start, end));
    }
}
