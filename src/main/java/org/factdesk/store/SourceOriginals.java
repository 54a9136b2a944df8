package org.factdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.factdesk.model.Source;
import org.factdesk.model.SourceOriginal;

/**
 * The files sources were imported from, kept byte for byte in the project file (schema version 4) so that a
 * source can be extracted again later. The bytes are covered by their own digest and checked when read, as a
 * source's text is. Thread-safe through {@link ProjectDatabase}.
 */
final class SourceOriginals {

    private final ProjectDatabase database;
    private final H2SourceLibrary library;

    SourceOriginals(ProjectDatabase database, H2SourceLibrary library) {
        this.database = database;
        this.library = library;
    }

    void store(long sourceId, SourceOriginal original) {
        byte[] bytes = original.bytes();
        String bytesSha256 = RowChecksum.ofBytes(bytes);
        database.inTransaction(() -> {
            if (library.source(sourceId).isEmpty()) {
                throw H2SourceLibrary.missing("source", sourceId);
            }
            database.update("DELETE FROM source_original WHERE source_id = ?",
                    statement -> statement.setLong(1, sourceId));
            database.update("INSERT INTO source_original (source_id, file_name, media_type, bytes, bytes_sha256, "
                    + "row_sha256) VALUES (?, ?, ?, ?, ?, ?)", statement -> {
                        statement.setLong(1, sourceId);
                        statement.setString(2, original.fileName());
                        statement.setString(3, original.mediaType());
                        statement.setBytes(4, bytes);
                        statement.setString(5, bytesSha256);
                        statement.setString(6, RowChecksum.original(sourceId, original.fileName(),
                                original.mediaType(), bytesSha256));
                    });
            return null;
        });
    }

    Optional<SourceOriginal> of(long sourceId) {
        return database.queryOne("SELECT source_id, file_name, media_type, bytes, bytes_sha256, row_sha256 "
                + "FROM source_original WHERE source_id = ?", statement -> statement.setLong(1, sourceId),
                this::read);
    }

    private SourceOriginal read(ResultSet row) throws SQLException {
        long sourceId = row.getLong(1);
        String fileName = row.getString(2);
        String mediaType = row.getString(3);
        byte[] bytes = row.getBytes(4);
        String bytesSha256 = row.getString(5);
        if (bytes == null || !RowChecksum.ofBytes(bytes).equals(bytesSha256)
                || !RowChecksum.original(sourceId, fileName, mediaType, bytesSha256).equals(row.getString(6))) {
            Source source = library.source(sourceId).orElseThrow(() -> H2SourceLibrary.missing("source", sourceId));
            throw Damage.source(sourceId, source.outlet(), source.title(),
                    "the file it was imported from does not match its checksum", null);
        }
        return new SourceOriginal(fileName, mediaType, bytes);
    }
}
