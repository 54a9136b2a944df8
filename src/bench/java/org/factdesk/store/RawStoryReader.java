package org.factdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.model.ProjectFileException;

/**
 * The benchmark's yardstick: reads the same rows as {@link H2StoryRepository#loadStory} and
 * {@link H2SourceLibrary#sources()}, but with plain SELECTs into arrays on a connection of its own, with no
 * records, checksum checks or locks. Comparing the two shows what the store's own layer costs. Not thread-safe; one
 * benchmark at a time. Opening it on a project the same process already has open shares that database.
 */
public final class RawStoryReader implements AutoCloseable {

    private static final String FACTS_OF_STORY = "SELECT id FROM fact WHERE story_id = ?";
    private static final String[] STORY_QUERIES = {
        "SELECT " + H2StoryRepository.STORY_COLUMNS + " FROM story WHERE id = ?",
        "SELECT " + H2StoryRepository.CITATION_COLUMNS + " FROM citation WHERE fact_id IN (" + FACTS_OF_STORY
                + ") ORDER BY fact_id, position",
        "SELECT " + H2StoryRepository.FACT_COLUMNS + " FROM fact WHERE story_id = ? ORDER BY position",
        "SELECT " + H2StoryRepository.NARRATIVE_COLUMNS + " FROM narrative WHERE story_id = ? ORDER BY position",
        "SELECT " + H2SourceLibrary.SOURCE_COLUMNS + " FROM source WHERE id IN (SELECT source_id FROM citation "
                + "WHERE fact_id IN (" + FACTS_OF_STORY + "))",
        "SELECT " + H2SourceLibrary.EXCERPT_COLUMNS + " FROM excerpt WHERE id IN (SELECT excerpt_id FROM citation "
                + "WHERE fact_id IN (" + FACTS_OF_STORY + "))"};
    private static final String SOURCE_LIST = "SELECT " + H2SourceLibrary.SOURCE_COLUMNS + " FROM source ORDER BY id";

    private final Connection connection;
    private final Path file;

    private RawStoryReader(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    /**
     * Opens its own JDBC connection to an existing project file, with the settings the store uses; refuses a path
     * H2 would misread as it does everywhere else.
     */
    public static RawStoryReader open(Path projectFile) throws ProjectFileException {
        Path file = H2ProjectFiles.withSuffix(projectFile.toAbsolutePath().normalize());
        try {
            return new RawStoryReader(DriverManager.getConnection(H2ProjectFiles.url(file, true), "", ""), file);
        } catch (SQLException e) {
            throw ProjectDatabase.storageFailure(file, e);
        }
    }

    /** Reads one story's rows (story, citations, facts, narratives, cited sources and excerpts); returns the rows. */
    public List<Object[]> readStory(long storyId) {
        List<Object[]> rows = new ArrayList<>();
        try {
            for (String sql : STORY_QUERIES) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setLong(1, storyId);
                    readAll(statement, rows);
                }
            }
        } catch (SQLException e) {
            throw ProjectDatabase.storageFailure(file, e);
        }
        return rows;
    }

    /** Reads every source's metadata row, as the source list shows it. */
    public List<Object[]> readSourceList() {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SOURCE_LIST)) {
            readAll(statement, rows);
        } catch (SQLException e) {
            throw ProjectDatabase.storageFailure(file, e);
        }
        return rows;
    }

    private static void readAll(PreparedStatement statement, List<Object[]> rows) throws SQLException {
        try (ResultSet result = statement.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = result.getObject(i + 1);
                }
                rows.add(row);
            }
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw ProjectDatabase.storageFailure(file, e);
        }
    }
}
