package org.factdesk.store;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.factdesk.model.Citation;
import org.factdesk.model.Excerpt;
import org.factdesk.model.Fact;
import org.factdesk.model.IgnoredFinding;
import org.factdesk.model.Narrative;
import org.factdesk.model.ProjectFileException;
import org.factdesk.model.ProjectFileException.Problem;
import org.factdesk.model.Source;
import org.factdesk.model.SourceOriginal;
import org.factdesk.model.Story;
import org.factdesk.model.WordingChoice;
import org.h2.api.ErrorCode;

/**
 * Reads a damaged project file one row at a time, through a read-only connection that never writes to it, so
 * that one damaged row costs only itself: every read here either returns a checked row or throws the
 * {@link org.factdesk.model.ProjectDamagedException} that says why not. Only files of the current schema have the
 * row checksums it relies on. Not thread-safe; one recovery at a time.
 */
final class SalvageReader implements AutoCloseable {

    /** A checked source with its checked text. */
    record SourceWithText(Source source, String text) {
    }

    private final ProjectDatabase database;
    private final H2SourceLibrary library;

    private SalvageReader(ProjectDatabase database) {
        this.database = database;
        this.library = new H2SourceLibrary(database);
    }

    static SalvageReader open(Path file, int expectedVersion) throws ProjectFileException {
        java.sql.Connection connection;
        try {
            connection = DriverManager.getConnection(H2ProjectFiles.url(file, true) + H2ProjectFiles.READ_ONLY, "", "");
        } catch (SQLException e) {
            FailedOpens.releaseLeakedLock(e);
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new ProjectFileException(file, Problem.IN_USE, file.getFileName()
                        + " is open in another Factdesk window or program. Close it there first.", e);
            }
            throw new ProjectFileException(file, Problem.DAMAGED, file.getFileName()
                    + " is too damaged to be opened at all; nothing can be recovered from it.", e);
        }
        SalvageReader reader = new SalvageReader(new ProjectDatabase(connection, file));
        try {
            int version = reader.database.withConnection(SchemaMigrations::storedVersion);
            if (version != expectedVersion) {
                throw new ProjectFileException(file, Problem.NOT_A_PROJECT, file.getFileName()
                        + " is not a Factdesk project of format " + expectedVersion + " (it is " + version
                        + "); recovery reads only that format. Open it once with this version of Factdesk first.");
            }
        } catch (ProjectFileException | RuntimeException e) {
            reader.close();
            throw e;
        }
        return reader;
    }

    List<Long> sourceIds() {
        return ids("SELECT id FROM source ORDER BY id", 0);
    }

    List<Long> storyIds() {
        return ids("SELECT id FROM story ORDER BY id", 0);
    }

    List<Long> excerptIds(long sourceId) {
        return ids("SELECT id FROM excerpt WHERE source_id = ? ORDER BY start_offset, end_offset, id", sourceId);
    }

    List<Long> factIds(long storyId) {
        return ids("SELECT id FROM fact WHERE story_id = ? ORDER BY position", storyId);
    }

    List<Long> narrativeIds(long storyId) {
        return ids("SELECT id FROM narrative WHERE story_id = ? ORDER BY position", storyId);
    }

    List<Long> ignoredFindingIds(long storyId) {
        return ids("SELECT id FROM ignored_finding WHERE story_id = ? ORDER BY ignored_at, id", storyId);
    }

    List<Long> wordingChoiceIds() {
        return ids("SELECT id FROM wording_choice ORDER BY chosen_at, id", 0);
    }

    /** The positions of a fact's citations; each is read apart by its position. */
    List<Integer> citationPositions(long factId) {
        return database.query("SELECT position FROM citation WHERE fact_id = ? ORDER BY position",
                statement -> statement.setLong(1, factId), row -> row.getInt(1));
    }

    SourceWithText source(long sourceId) {
        Source source = library.source(sourceId).orElseThrow(() -> listedButLost("source", sourceId));
        return new SourceWithText(source, library.sourceText(sourceId));
    }

    /** The file the source was imported from, checked against its digest; empty when none was kept. */
    Optional<SourceOriginal> original(long sourceId) {
        return library.original(sourceId);
    }

    Excerpt excerpt(long excerptId) {
        return database.queryOne("SELECT " + H2SourceLibrary.EXCERPT_COLUMNS + " FROM excerpt WHERE id = ?",
                statement -> statement.setLong(1, excerptId), H2SourceLibrary::readExcerpt).orElseThrow(() -> listedButLost("excerpt", excerptId));
    }

    Story story(long storyId) {
        return database.queryOne("SELECT " + H2StoryRepository.STORY_COLUMNS + " FROM story WHERE id = ?",
                statement -> statement.setLong(1, storyId), H2StoryRepository::readStory).orElseThrow(() -> listedButLost("story", storyId));
    }

    /** The fact without its citations, which are read apart. */
    Fact fact(long factId) {
        return database.queryOne("SELECT " + H2StoryRepository.FACT_COLUMNS + " FROM fact WHERE id = ?",
                statement -> statement.setLong(1, factId), H2StoryRepository::readFact).orElseThrow(() -> listedButLost("fact", factId)).fact();
    }

    Optional<Citation> citation(long factId, int position) {
        return database.queryOne("SELECT " + H2StoryRepository.CITATION_COLUMNS + " FROM citation "
                + "WHERE fact_id = ? AND position = ?", statement -> {
                    statement.setLong(1, factId);
                    statement.setInt(2, position);
                }, H2StoryRepository::readCitation).map(H2StoryRepository.CitationRow::citation);
    }

    Narrative narrative(long narrativeId) {
        return database.queryOne("SELECT " + H2StoryRepository.NARRATIVE_COLUMNS + " FROM narrative WHERE id = ?",
                statement -> statement.setLong(1, narrativeId), H2StoryRepository::readNarrative)
                .orElseThrow(() -> listedButLost("narrative", narrativeId)).narrative();
    }

    IgnoredFinding ignoredFinding(long id) {
        return database.queryOne("SELECT " + IgnoredFindingRows.COLUMNS + " FROM ignored_finding WHERE id = ?",
                statement -> statement.setLong(1, id), IgnoredFindingRows::read)
                .orElseThrow(() -> listedButLost("ignored finding", id));
    }

    WordingChoice wordingChoice(long id) {
        return database.queryOne("SELECT " + WordingChoiceRows.COLUMNS + " FROM wording_choice WHERE id = ?",
                statement -> statement.setLong(1, id), WordingChoiceRows::read)
                .orElseThrow(() -> listedButLost("wording choice", id));
    }

    /** Whether the story's facts, citations and narratives are the ones, in the order, it was saved with. */
    boolean partsSound(long storyId) {
        return database.withConnection(connection -> StoryParts.sound(connection, storyId));
    }

    /** Every id read here came from a scan of the file, so a lookup that finds nothing means a damaged index. */
    private static DamagedRow listedButLost(String table, long id) {
        return new DamagedRow(table + " " + id, "is listed but cannot be found by its id", null);
    }

    private List<Long> ids(String sql, long parent) {
        return database.query(sql, statement -> {
            if (sql.contains("?")) {
                statement.setLong(1, parent);
            }
        }, row -> row.getLong(1));
    }

    @Override
    public void close() {
        database.close();
    }
}
