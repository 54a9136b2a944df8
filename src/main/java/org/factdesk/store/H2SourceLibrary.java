package org.factdesk.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.factdesk.model.Excerpt;
import org.factdesk.model.ExcerptDraft;
import org.factdesk.model.ProjectStorageException;
import org.factdesk.model.Source;
import org.factdesk.model.SourceDraft;
import org.factdesk.model.SourceLibrary;

/** Sources and excerpts in the H2 project file. Thread-safe through {@link ProjectDatabase}. */
final class H2SourceLibrary implements SourceLibrary {

    static final String SOURCE_COLUMNS =
            "id, outlet, title, author, url, published, perspective, imported_from, added_at";
    static final String EXCERPT_COLUMNS = "id, source_id, start_offset, end_offset, quote, context_before, "
            + "context_after";

    private final ProjectDatabase database;

    H2SourceLibrary(ProjectDatabase database) {
        this.database = database;
    }

    @Override
    public List<Source> sources() {
        return database.query("SELECT " + SOURCE_COLUMNS + " FROM source ORDER BY id", statement -> { },
                H2SourceLibrary::readSource);
    }

    @Override
    public Optional<Source> source(long sourceId) {
        return database.queryOne("SELECT " + SOURCE_COLUMNS + " FROM source WHERE id = ?",
                statement -> statement.setLong(1, sourceId), H2SourceLibrary::readSource);
    }

    @Override
    public String sourceText(long sourceId) {
        return database.queryOne("SELECT body FROM source WHERE id = ?", statement -> statement.setLong(1, sourceId),
                row -> row.getString(1)).orElseThrow(() -> missing("source", sourceId));
    }

    @Override
    public Source addSource(SourceDraft draft) {
        Instant addedAt = Instant.now();
        long id = database.insert("INSERT INTO source (outlet, title, author, url, published, perspective, body, "
                + "body_sha256, imported_from, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
                    statement.setString(1, draft.outlet());
                    statement.setString(2, draft.title());
                    statement.setString(3, draft.author());
                    statement.setString(4, draft.url());
                    setDate(statement, 5, draft.published());
                    statement.setString(6, draft.perspective());
                    statement.setString(7, draft.text());
                    statement.setString(8, sha256(draft.text()));
                    statement.setString(9, draft.importedFrom());
                    statement.setObject(10, OffsetDateTime.ofInstant(addedAt, ZoneOffset.UTC));
                });
        return source(id).orElseThrow(() -> missing("source", id));
    }

    @Override
    public void updateSource(Source source) {
        int changed = database.update("UPDATE source SET outlet = ?, title = ?, author = ?, url = ?, published = ?, "
                + "perspective = ? WHERE id = ?", statement -> {
                    statement.setString(1, source.outlet());
                    statement.setString(2, source.title());
                    statement.setString(3, source.author());
                    statement.setString(4, source.url());
                    setDate(statement, 5, source.published());
                    statement.setString(6, source.perspective());
                    statement.setLong(7, source.id());
                });
        if (changed == 0) {
            throw missing("source", source.id());
        }
    }

    @Override
    public Optional<Source> findIdentical(SourceDraft draft) {
        return database.queryOne("SELECT " + SOURCE_COLUMNS + " FROM source WHERE body_sha256 = ? AND outlet = ? "
                + "AND title = ? AND url = ? ORDER BY id FETCH FIRST 1 ROW ONLY", statement -> {
                    statement.setString(1, sha256(draft.text()));
                    statement.setString(2, draft.outlet());
                    statement.setString(3, draft.title());
                    statement.setString(4, draft.url());
                }, H2SourceLibrary::readSource);
    }

    @Override
    public Excerpt addExcerpt(ExcerptDraft draft) {
        long id = database.insert("INSERT INTO excerpt (source_id, start_offset, end_offset, quote, context_before, "
                + "context_after) VALUES (?, ?, ?, ?, ?, ?)", statement -> {
                    statement.setLong(1, draft.sourceId());
                    statement.setInt(2, draft.start());
                    statement.setInt(3, draft.end());
                    statement.setString(4, draft.quote());
                    statement.setString(5, draft.contextBefore());
                    statement.setString(6, draft.contextAfter());
                });
        return new Excerpt(id, draft.sourceId(), draft.start(), draft.end(), draft.quote(), draft.contextBefore(),
                draft.contextAfter());
    }

    @Override
    public Optional<Excerpt> findExcerpt(long sourceId, int start, int end) {
        return database.queryOne("SELECT " + EXCERPT_COLUMNS + " FROM excerpt WHERE source_id = ? AND start_offset = ? "
                + "AND end_offset = ? ORDER BY id FETCH FIRST 1 ROW ONLY", statement -> {
                    statement.setLong(1, sourceId);
                    statement.setInt(2, start);
                    statement.setInt(3, end);
                }, H2SourceLibrary::readExcerpt);
    }

    @Override
    public List<Excerpt> excerptsOf(long sourceId) {
        return database.query("SELECT " + EXCERPT_COLUMNS + " FROM excerpt WHERE source_id = ? "
                + "ORDER BY start_offset, end_offset, id", statement -> statement.setLong(1, sourceId),
                H2SourceLibrary::readExcerpt);
    }

    static Source readSource(ResultSet row) throws SQLException {
        Date published = row.getDate(6);
        return new Source(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                published == null ? null : published.toLocalDate(), row.getString(7), row.getString(8),
                row.getObject(9, OffsetDateTime.class).toInstant());
    }

    static Excerpt readExcerpt(ResultSet row) throws SQLException {
        return new Excerpt(row.getLong(1), row.getLong(2), row.getInt(3), row.getInt(4), row.getString(5),
                row.getString(6), row.getString(7));
    }

    private static void setDate(java.sql.PreparedStatement statement, int index, java.time.LocalDate date)
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

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
