package org.factdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.model.Anchoring;
import org.factdesk.model.Excerpt;
import org.factdesk.model.ReviewStatus;
import org.factdesk.model.Source;
import org.factdesk.model.SourceTextVersion;
import org.factdesk.model.TextCorrection;

/**
 * Corrections of source texts in the project file (schema version 4): the replaced text kept as a numbered
 * version, the new text, every excerpt's new place and outcome, and the review flag of the facts whose passages
 * moved or were lost, all in one transaction. It stores what the caller worked out and checks it; it never
 * searches a text itself (that is logic/anchoring's). Thread-safe through {@link ProjectDatabase}.
 */
final class SourceCorrections {

    private static final String VERSION_COLUMNS = "source_id, version, body, body_sha256, replaced_at, row_sha256";

    private final ProjectDatabase database;
    private final H2SourceLibrary library;

    SourceCorrections(ProjectDatabase database, H2SourceLibrary library) {
        this.database = database;
        this.library = library;
    }

    TextCorrection correct(long sourceId, String newText, List<Excerpt> reanchored) {
        if (newText == null || newText.isBlank()) {
            throw new IllegalArgumentException("a corrected text cannot be empty");
        }
        return database.inTransaction(() -> {
            Source source = library.source(sourceId)
                    .orElseThrow(() -> H2SourceLibrary.missing("source", sourceId));
            // Read, and so checked against its digest, before it is kept as a version.
            String oldText = library.sourceText(sourceId);
            checkExcerpts(sourceId, newText, reanchored, library.excerptsOf(sourceId));
            int replaced = currentVersion(sourceId);
            keepVersion(sourceId, replaced, oldText);
            replaceText(source, newText);
            reanchored.forEach(this::storePlace);
            int flagged = flagFactsOfLostPassages(sourceId);
            return new TextCorrection(sourceId, replaced + 1, reanchored, flagged);
        });
    }

    /** Every excerpt of the source once; each placed one quotes the new text; an orphan stays where it was. */
    private static void checkExcerpts(long sourceId, String newText, List<Excerpt> reanchored,
                                      List<Excerpt> stored) {
        Map<Long, Excerpt> byId = new HashMap<>();
        stored.forEach(excerpt -> byId.put(excerpt.id(), excerpt));
        Set<Long> seen = new HashSet<>();
        for (Excerpt excerpt : reanchored) {
            Excerpt before = byId.get(excerpt.id());
            if (before == null || excerpt.sourceId() != sourceId || !seen.add(excerpt.id())) {
                throw new IllegalArgumentException("passage " + excerpt.id() + " is not a passage of source "
                        + sourceId + " or is given twice");
            }
            if (excerpt.isOrphaned()) {
                if (excerpt.start() != before.start() || excerpt.end() != before.end()
                        || !excerpt.quote().equals(before.quote())) {
                    throw new IllegalArgumentException("orphaned passage " + excerpt.id() + " must keep its last "
                            + "known quote and place");
                }
            } else if (excerpt.end() > newText.length()
                    || !newText.substring(excerpt.start(), excerpt.end()).equals(excerpt.quote())) {
                throw new IllegalArgumentException("passage " + excerpt.id() + " does not quote the corrected text "
                        + "at " + excerpt.start() + ".." + excerpt.end());
            }
        }
        if (seen.size() != byId.size()) {
            throw new IllegalArgumentException("a correction of source " + sourceId + " must place all its "
                    + byId.size() + " passages, not " + seen.size());
        }
    }

    /** The version number of the current text: 1 until the first correction. */
    private int currentVersion(long sourceId) {
        return database.queryOne("SELECT COALESCE(MAX(version), 0) + 1 FROM source_text_version WHERE source_id = ?",
                statement -> statement.setLong(1, sourceId), row -> row.getInt(1)).orElse(1);
    }

    private void keepVersion(long sourceId, int version, String text) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String bodySha256 = RowChecksum.ofText(text);
        database.update("INSERT INTO source_text_version (" + VERSION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)",
                statement -> {
                    statement.setLong(1, sourceId);
                    statement.setInt(2, version);
                    statement.setString(3, text);
                    statement.setString(4, bodySha256);
                    statement.setObject(5, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                    statement.setString(6, RowChecksum.textVersion(sourceId, version, bodySha256, now));
                });
    }

    private void replaceText(Source source, String newText) {
        String bodySha256 = RowChecksum.ofText(newText);
        database.update("UPDATE source SET body = ?, body_sha256 = ?, row_sha256 = ? WHERE id = ?", statement -> {
            statement.setString(1, newText);
            statement.setString(2, bodySha256);
            statement.setString(3, RowChecksum.source(source.outlet(), source.title(), source.author(), source.url(),
                    source.published(), source.perspective(), bodySha256, source.importedFrom(), source.addedAt()));
            statement.setLong(4, source.id());
        });
    }

    private void storePlace(Excerpt excerpt) {
        String outcome = excerpt.anchoring().name();
        database.update("UPDATE excerpt SET start_offset = ?, end_offset = ?, quote = ?, context_before = ?, "
                + "context_after = ?, anchoring = ?, row_sha256 = ? WHERE id = ?", statement -> {
                    statement.setInt(1, excerpt.start());
                    statement.setInt(2, excerpt.end());
                    statement.setString(3, excerpt.quote());
                    statement.setString(4, excerpt.contextBefore());
                    statement.setString(5, excerpt.contextAfter());
                    statement.setString(6, outcome);
                    statement.setString(7, RowChecksum.excerpt(excerpt.sourceId(), excerpt.start(), excerpt.end(),
                            excerpt.quote(), excerpt.contextBefore(), excerpt.contextAfter(), outcome));
                    statement.setLong(8, excerpt.id());
                });
    }

    /** Marks NEEDS_WORK every fact citing a passage of the source that moved or is orphaned; returns how many. */
    private int flagFactsOfLostPassages(long sourceId) {
        List<H2StoryRepository.FactRow> facts = database.query("SELECT " + H2StoryRepository.FACT_COLUMNS
                + " FROM fact WHERE id IN (SELECT c.fact_id FROM citation c JOIN excerpt e ON c.excerpt_id = e.id "
                + "WHERE e.source_id = ? AND e.anchoring <> ?) ORDER BY id", statement -> {
                    statement.setLong(1, sourceId);
                    statement.setString(2, Anchoring.UNCHANGED.name());
                }, H2StoryRepository::readFact);
        String flag = ReviewStatus.NEEDS_WORK.name();
        for (H2StoryRepository.FactRow row : facts) {
            if (row.fact().reviewStatus() != ReviewStatus.NEEDS_WORK) {
                database.update("UPDATE fact SET review_status = ?, row_sha256 = ? WHERE id = ?", statement -> {
                    statement.setString(1, flag);
                    statement.setString(2, RowChecksum.fact(row.storyId(), row.fact().text(), flag,
                            row.fact().colour()));
                    statement.setLong(3, row.fact().id());
                });
            }
        }
        return facts.size();
    }

    List<SourceTextVersion> versions(long sourceId) {
        return database.query("SELECT " + VERSION_COLUMNS + " FROM source_text_version WHERE source_id = ? "
                + "ORDER BY version", statement -> statement.setLong(1, sourceId), this::readVersion);
    }

    /** Reads {@link #VERSION_COLUMNS}, the text checked against its digest and the row against its own. */
    private SourceTextVersion readVersion(ResultSet row) throws SQLException {
        long sourceId = row.getLong(1);
        int version = row.getInt(2);
        String text = row.getString(3);
        String bodySha256 = row.getString(4);
        OffsetDateTime replacedAt = row.getObject(5, OffsetDateTime.class);
        Instant replaced = replacedAt == null ? null : replacedAt.toInstant();
        if (text == null || !RowChecksum.ofText(text).equals(bodySha256)
                || !RowChecksum.textVersion(sourceId, version, bodySha256, replaced).equals(row.getString(6))) {
            Source source = library.source(sourceId).orElseThrow(() -> H2SourceLibrary.missing("source", sourceId));
            throw Damage.source(sourceId, source.outlet(), source.title(), "its text version " + version
                    + " does not match its checksum", null);
        }
        return new SourceTextVersion(sourceId, version, text, replaced);
    }
}
