package org.factdesk.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 digests the project file keeps beside its rows, because H2 does not checksum page contents: one of
 * each source text ({@code body_sha256}) and one of each row's own values ({@code row_sha256}, schema version 2;
 * a fact's covers its colour from version 3, an excerpt's its anchoring from version 4; the check settings' rows
 * have one from version 5). A row's digest covers the values Factdesk reads back, never its
 * id or its position (moves rewrite positions in bulk), each value length-prefixed so that no two rows encode
 * alike. Thread-safe: each thread reuses its own
 * digest, because every row read computes one.
 */
final class RowChecksum {

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(RowChecksum::newSha256);

    private RowChecksum() {
    }

    static String ofText(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    static String source(String outlet, String title, String author, String url, LocalDate published,
                         String perspective, String bodySha256, String importedFrom, Instant addedAt) {
        return of("source", outlet, title, author, url, published, perspective, bodySha256, importedFrom, addedAt);
    }

    static String excerpt(long sourceId, int start, int end, String quote, String contextBefore,
                          String contextAfter, String anchoring) {
        return of("excerpt", sourceId, start, end, quote, contextBefore, contextAfter, anchoring);
    }

    /**
     * An excerpt row's digest as schema versions 2 and 3 wrote it, before excerpts recorded their anchoring. Only
     * the migrations use it: version 2 to write it, version 4 to check it before it writes {@link #excerpt}.
     */
    static String excerptBeforeAnchoring(long sourceId, int start, int end, String quote, String contextBefore,
                                         String contextAfter) {
        return of("excerpt", sourceId, start, end, quote, contextBefore, contextAfter);
    }

    /** An earlier text of a source (schema version 4): covered by its own digest, as a source's body is. */
    static String textVersion(long sourceId, int version, String bodySha256, Instant replacedAt) {
        return of("source_text_version", sourceId, version, bodySha256, replacedAt);
    }

    /** The file a source was imported from (schema version 4); the bytes by their own digest. */
    static String original(long sourceId, String fileName, String mediaType, String bytesSha256) {
        return of("source_original", sourceId, fileName, mediaType, bytesSha256);
    }

    /** A finding ignored in a story (schema version 5). */
    static String ignoredFinding(long storyId, String key, String ignoredBy, Instant ignoredAt) {
        return of("ignored_finding", storyId, key, ignoredBy, ignoredAt);
    }

    /** A wording choice (schema version 5); its suggestions counted first, so that no two lists encode alike. */
    static String wordingChoice(String kind, String term, String category, String inflection,
                                List<String> suggestions, String why, String chosenBy, Instant chosenAt) {
        List<Object> values = new ArrayList<>(Arrays.asList("wording_choice", kind, term, category, inflection,
                suggestions.size()));
        values.addAll(suggestions);
        values.addAll(Arrays.asList(why, chosenBy, chosenAt));
        return of(values.toArray());
    }

    static String ofBytes(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    static String story(String title, String lede, boolean serialComma) {
        return of("story", title, lede, serialComma);
    }

    static String fact(long storyId, String text, String reviewStatus, int colour) {
        return of("fact", storyId, text, reviewStatus, colour);
    }

    /**
     * A fact row's digest as schema version 2 wrote it, before facts had a colour. Only the migrations use it:
     * version 2 to write it, version 3 to check it before it writes {@link #fact} in its place.
     */
    static String factWithoutColour(long storyId, String text, String reviewStatus) {
        return of("fact", storyId, text, reviewStatus);
    }

    static String citation(long factId, int position, long sourceId, Long excerptId) {
        return of("citation", factId, position, sourceId, excerptId);
    }

    static String narrative(long storyId, String label, String providedBy, String text) {
        return of("narrative", storyId, label, providedBy, text);
    }

    /** A story's structure, as {@link StoryParts} lists it: ids, positions and citations in their order. */
    static String parts(List<Object> values) {
        return of(values.toArray());
    }

    /** Numbers, booleans, dates and instants by their {@code toString}; null apart from every string. */
    private static String of(Object... values) {
        MessageDigest digest = sha256();
        for (Object value : values) {
            if (value == null) {
                digest.update((byte) 0);
                continue;
            }
            byte[] bytes = String.valueOf(value).getBytes(StandardCharsets.UTF_8);
            digest.update((byte) 1);
            for (int shift = 24; shift >= 0; shift -= 8) {
                digest.update((byte) (bytes.length >>> shift));
            }
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** This thread's digest, reset. */
    private static MessageDigest sha256() {
        MessageDigest digest = SHA256.get();
        digest.reset();
        return digest;
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
