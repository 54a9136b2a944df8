package org.factdesk.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An earlier text of a source, kept when a correction replaced it. Versions count from 1, the text the source
 * was added with; the current text is not among them. Immutable.
 *
 * @param replacedAt when the correction replaced this text
 */
public record SourceTextVersion(long sourceId, int version, String text, Instant replacedAt) {

    public SourceTextVersion {
        if (version < 1) {
            throw new IllegalArgumentException("text versions count from 1, not " + version);
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(replacedAt, "replacedAt");
    }
}
