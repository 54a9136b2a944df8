package org.factdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.factdesk.model.Anchoring;
import org.factdesk.model.Excerpt;
import org.factdesk.model.ExcerptDraft;
import org.factdesk.model.ProjectStorageException;
import org.factdesk.model.Source;
import org.factdesk.model.SourceDraft;
import org.factdesk.model.SourceLibrary;
import org.factdesk.model.SourceOriginal;
import org.factdesk.model.SourceTextVersion;
import org.factdesk.model.TextCorrection;

/**
 * Sources and excerpts in the H2 project file. Every row read is checked against its checksum, and every source
 * text against its own, so that damage is reported instead of passed on. Thread-safe through
 * {@link ProjectDatabase}.
 */
final class H2SourceLibrary implements SourceLibrary {

    static final String SOURCE_COLUMNS =
            "id, outlet, title, author, url, published, perspective, imported_from, added_at, body_sha256, row_sha256";
    static final String EXCERPT_COLUMNS = "id, source_id, start_offset, end_offset, quote, context_before, "
            + "context_after, anchoring, row_sha256";
    private static final int BODY_SHA256 = 10;
    private static final String TEXT_DAMAGED = "its text does not match its checksum";

    private final ProjectDatabase database;
    private final SourceCorrections corrections;
    private final SourceOriginals originals;

    H2SourceLibrary(ProjectDatabase database) {
        this.database = database;
        this.corrections = new SourceCorrections(database, this);
        this.originals = new SourceOriginals(database, this);
    }

    @Override
    public List<Source> sources() {
        try {
            return database.query("SELECT " + SOURCE_COLUMNS + " FROM source ORDER BY id", statement -> { },
                    H2SourceLibrary::readSource);
        } catch (DamagedRow unreadable) {
            // The database does not say which row it could not convert; reading them one by one names it.
            for (long id : database.query("SELECT id FROM source ORDER BY id", statement -> { },
                    row -> row.getLong(1))) {
                source(id);
            }
            throw unreadable;
        }
    }

    @Override
    public Optional<Source> source(long sourceId) {
        try {
            return database.queryOne("SELECT " + SOURCE_COLUMNS + " FROM source WHERE id = ?",
                    statement -> statement.setLong(1, sourceId), H2SourceLibrary::readSource);
        } catch (DamagedRow unreadable) {
            throw Damage.source(sourceId, null, null, "its details cannot be read", unreadable);
        }
    }

    /** The text, checked against the digest stored with it when it was added. */
    @Override
    public String sourceText(long sourceId) {
        try {
            return database.queryOne("SELECT " + SOURCE_COLUMNS + ", body FROM source WHERE id = ?",
                    statement -> statement.setLong(1, sourceId), H2SourceLibrary::readCheckedText)
                    .orElseThrow(() -> missing("source", sourceId));
        } catch (DamagedRow unreadable) {
            throw Damage.source(sourceId, null, null, "its text cannot be read", unreadable);
        }
    }

    private static String readCheckedText(ResultSet row) throws SQLException {
        Source source = readSource(row);
        String text = row.getString(BODY_SHA256 + 2);
        if (text == null || !RowChecksum.ofText(text).equals(row.getString(BODY_SHA256))) {
            throw Damage.source(source.id(), source.outlet(), source.title(), TEXT_DAMAGED, null);
        }
        return text;
    }

    @Override
    public Source addSource(SourceDraft draft) {
        // The file keeps microseconds; the checksum must cover the instant as it will be read back.
        Instant addedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String bodySha256 = RowChecksum.ofText(draft.text());
        long id = database.insert("INSERT INTO source (outlet, title, author, url, published, perspective, body, "
                + "body_sha256, imported_from, added_at, row_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                statement -> {
                    statement.setString(1, draft.outlet());
                    statement.setString(2, draft.title());
                    statement.setString(3, draft.author());
                    statement.setString(4, draft.url());
                    setDate(statement, 5, draft.published());
                    statement.setString(6, draft.perspective());
                    statement.setString(7, draft.text());
                    statement.setString(8, bodySha256);
                    statement.setString(9, draft.importedFrom());
                    statement.setObject(10, OffsetDateTime.ofInstant(addedAt, ZoneOffset.UTC));
                    statement.setString(11, RowChecksum.source(draft.outlet(), draft.title(), draft.author(),
                            draft.url(), draft.published(), draft.perspective(), bodySha256, draft.importedFrom(),
                            addedAt));
                });
        return source(id).orElseThrow(() -> missing("source", id));
    }

    @Override
    public void updateSource(Source source) {
        database.inTransaction(() -> {
            // Provenance and text stay as stored; they are read (and so checked) to cover them in the new checksum.
            Source stored = source(source.id()).orElseThrow(() -> missing("source", source.id()));
            String bodySha256 = database.queryOne("SELECT body_sha256 FROM source WHERE id = ?",
                    statement -> statement.setLong(1, source.id()), row -> row.getString(1)).orElseThrow();
            database.update("UPDATE source SET outlet = ?, title = ?, author = ?, url = ?, published = ?, "
                    + "perspective = ?, row_sha256 = ? WHERE id = ?", statement -> {
                        statement.setString(1, source.outlet());
                        statement.setString(2, source.title());
                        statement.setString(3, source.author());
                        statement.setString(4, source.url());
                        setDate(statement, 5, source.published());
                        statement.setString(6, source.perspective());
                        statement.setString(7, RowChecksum.source(source.outlet(), source.title(), source.author(),
                                source.url(), source.published(), source.perspective(), bodySha256,
                                stored.importedFrom(), stored.addedAt()));
                        statement.setLong(8, source.id());
                    });
            return null;
        });
    }

    @Override
    public Optional<Source> findIdentical(SourceDraft draft) {
        return database.queryOne("SELECT " + SOURCE_COLUMNS + " FROM source WHERE body_sha256 = ? AND outlet = ? "
                + "AND title = ? AND url = ? ORDER BY id FETCH FIRST 1 ROW ONLY", statement -> {
                    statement.setString(1, RowChecksum.ofText(draft.text()));
                    statement.setString(2, draft.outlet());
                    statement.setString(3, draft.title());
                    statement.setString(4, draft.url());
                }, H2SourceLibrary::readSource);
    }

    @Override
    public Excerpt addExcerpt(ExcerptDraft draft, Anchoring anchoring) {
        String outcome = anchoring.name();
        long id = database.insert("INSERT INTO excerpt (source_id, start_offset, end_offset, quote, context_before, "
                + "context_after, anchoring, row_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
                    statement.setLong(1, draft.sourceId());
                    statement.setInt(2, draft.start());
                    statement.setInt(3, draft.end());
                    statement.setString(4, draft.quote());
                    statement.setString(5, draft.contextBefore());
                    statement.setString(6, draft.contextAfter());
                    statement.setString(7, outcome);
                    statement.setString(8, RowChecksum.excerpt(draft.sourceId(), draft.start(), draft.end(),
                            draft.quote(), draft.contextBefore(), draft.contextAfter(), outcome));
                });
        return new Excerpt(id, draft.sourceId(), draft.start(), draft.end(), draft.quote(), draft.contextBefore(),
                draft.contextAfter(), anchoring);
    }

    /** Only a passage of the current text: an orphan's offsets point into an earlier one. */
    @Override
    public Optional<Excerpt> findExcerpt(long sourceId, int start, int end) {
        return excerptsNamed(sourceId, () -> database.queryOne("SELECT " + EXCERPT_COLUMNS + " FROM excerpt "
                + "WHERE source_id = ? AND start_offset = ? AND end_offset = ? AND anchoring <> 'ORPHANED' "
                + "ORDER BY id FETCH FIRST 1 ROW ONLY", statement -> {
                    statement.setLong(1, sourceId);
                    statement.setInt(2, start);
                    statement.setInt(3, end);
                }, H2SourceLibrary::readExcerpt));
    }

    @Override
    public List<Excerpt> excerptsOf(long sourceId) {
        return excerptsNamed(sourceId, () -> database.query("SELECT " + EXCERPT_COLUMNS + " FROM excerpt "
                + "WHERE source_id = ? ORDER BY start_offset, end_offset, id",
                statement -> statement.setLong(1, sourceId), H2SourceLibrary::readExcerpt));
    }

    @Override
    public TextCorrection correctText(long sourceId, String newText, List<Excerpt> reanchored) {
        return corrections.correct(sourceId, newText, reanchored);
    }

    @Override
    public List<SourceTextVersion> textVersions(long sourceId) {
        return corrections.versions(sourceId);
    }

    @Override
    public void storeOriginal(long sourceId, SourceOriginal original) {
        originals.store(sourceId, original);
    }

    @Override
    public Optional<SourceOriginal> original(long sourceId) {
        return originals.of(sourceId);
    }

    /** A damaged passage is reported as damage to its source, named. */
    <T> T excerptsNamed(long sourceId, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (DamagedRow damaged) {
            Source source = source(sourceId).orElseThrow(() -> missing("source", sourceId));
            throw Damage.source(sourceId, source.outlet(), source.title(), damaged.detail(), damaged);
        }
    }

    /** Reads the columns {@link #SOURCE_COLUMNS}, checked against the row's checksum. */
    static Source readSource(ResultSet row) throws SQLException {
        long id = row.getLong(1);
        String outlet = row.getString(2);
        String title = row.getString(3);
        LocalDate published = row.getObject(6, LocalDate.class);
        OffsetDateTime addedAt = row.getObject(9, OffsetDateTime.class);
        Instant added = addedAt == null ? null : addedAt.toInstant();
        String expected = RowChecksum.source(outlet, title, row.getString(4), row.getString(5), published,
                row.getString(7), row.getString(BODY_SHA256), row.getString(8), added);
        if (!expected.equals(row.getString(11))) {
            throw Damage.source(id, outlet, title, "its details do not match their checksum", null);
        }
        try {
            return new Source(id, outlet, title, row.getString(4), row.getString(5), published, row.getString(7),
                    row.getString(8), added);
        } catch (RuntimeException e) {
            throw Damage.source(id, outlet, title, "its details cannot be read", e);
        }
    }

    /** Reads the columns {@link #EXCERPT_COLUMNS}, checked against the row's checksum. */
    static Excerpt readExcerpt(ResultSet row) throws SQLException {
        long id = row.getLong(1);
        long sourceId = row.getLong(2);
        String anchoring = row.getString(8);
        String expected = RowChecksum.excerpt(sourceId, row.getInt(3), row.getInt(4), row.getString(5),
                row.getString(6), row.getString(7), anchoring);
        String place = "passage " + id + " of source " + sourceId;
        if (!expected.equals(row.getString(9))) {
            throw DamagedRow.checksumMismatch(place);
        }
        try {
            return new Excerpt(id, sourceId, row.getInt(3), row.getInt(4), row.getString(5), row.getString(6),
                    row.getString(7), Anchoring.valueOf(anchoring));
        } catch (RuntimeException e) {
            throw DamagedRow.unreadable(place, e);
        }
    }

    static void setDate(java.sql.PreparedStatement statement, int index, java.time.LocalDate date)
            throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setObject(index, date);
        }
    }

    /** A row the caller was given an id for is gone: Factdesk lost track of its own data, a fault. */
    static ProjectStorageException missing(String what, long id) {
        return StorageFailures.internal("The project has no " + what + " with id " + id + ".", null);
    }
}
