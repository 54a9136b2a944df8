package org.factdesk.logic.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.factdesk.model.SourceDraft;

/**
 * What an import took from a file: the source draft (text and metadata), the file's original bytes (kept so that
 * the source can be extracted again later), the file's media type, and notices for the editor about how it was
 * read ("no article found; the whole page is offered for clean-up"). Immutable: the bytes are copied in and out.
 *
 * @param mediaType what the bytes are, e.g. {@code text/html}, {@code message/rfc822}
 * @param notices plain sentences, in the order they arose; empty when all went as expected
 */
@SuppressWarnings("ArrayRecordComponent") // equals, hashCode and toString below treat the bytes as a value
public record ExtractedSource(SourceDraft draft, byte[] original, String mediaType, List<String> notices) {

    public ExtractedSource {
        Objects.requireNonNull(draft, "draft");
        original = original.clone();
        Objects.requireNonNull(mediaType, "mediaType");
        notices = List.copyOf(notices);
    }

    /** A copy of the file's bytes as they were read. */
    @Override
    public byte[] original() {
        return original.clone();
    }

    /** The same extraction with another draft, as when a container (an e-mail) supplies the metadata. */
    ExtractedSource withDraft(SourceDraft other) {
        return new ExtractedSource(other, original, mediaType, notices);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExtractedSource that && draft.equals(that.draft)
                && Arrays.equals(original, that.original) && mediaType.equals(that.mediaType)
                && notices.equals(that.notices);
    }

    @Override
    public int hashCode() {
        return Objects.hash(draft, Arrays.hashCode(original), mediaType, notices);
    }

    @Override
    public String toString() {
        return "ExtractedSource[" + draft.importedFrom() + ", " + mediaType + ", " + original.length + " bytes, "
                + notices + "]";
    }
}
