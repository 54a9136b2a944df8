package org.factdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.factdesk.model.Citation;
import org.factdesk.model.Excerpt;
import org.factdesk.model.Fact;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.Narrative;
import org.factdesk.model.ProjectDamagedException;
import org.factdesk.model.ReviewStatus;
import org.factdesk.model.Source;
import org.factdesk.model.Story;
import org.factdesk.model.StoryDocument;
import org.factdesk.model.StoryRepository;

/**
 * Stories, facts, citations and narratives in the H2 project file. Every row is written with its checksum in the
 * same statement and checked against it when read, so that a damaged story is reported by name instead of passed
 * on. Thread-safe through {@link ProjectDatabase}.
 */
final class H2StoryRepository implements StoryRepository {

    private static final String FACTS_OF_STORY = "SELECT id FROM fact WHERE story_id = ?";
    /** What is wrong when a story's structure does not match its {@link StoryParts} digest. */
    static final String PARTS_DAMAGED = "its facts, citations or narratives are not the ones, or not in the order, "
            + "it was saved with";
    static final String STORY_COLUMNS = "id, title, lede, serial_comma, row_sha256";
    static final String FACT_COLUMNS = "id, story_id, body, review_status, colour, row_sha256";
    static final String CITATION_COLUMNS = "fact_id, position, source_id, excerpt_id, row_sha256";
    static final String NARRATIVE_COLUMNS = "id, story_id, label, provided_by, body, row_sha256";

    /** A fact row as stored: the story it belongs to is not part of {@link Fact}. */
    record FactRow(long storyId, Fact fact) {
    }

    /** A narrative row as stored. */
    record NarrativeRow(long storyId, Narrative narrative) {
    }

    /** A citation row as stored. */
    record CitationRow(long factId, Citation citation) {
    }

    private final ProjectDatabase database;
    private final OrderedRows facts;
    private final OrderedRows narratives;
    private final H2SourceLibrary library;

    H2StoryRepository(ProjectDatabase database) {
        this.database = database;
        this.library = new H2SourceLibrary(database);
        this.facts = new OrderedRows(database, "fact");
        this.narratives = new OrderedRows(database, "narrative");
    }

    @Override
    public List<Story> stories() {
        try {
            return database.query("SELECT " + STORY_COLUMNS + " FROM story ORDER BY id", statement -> { },
                    H2StoryRepository::readStory);
        } catch (DamagedRow unreadable) {
            // The database does not say which row it could not convert; reading them one by one names it.
            for (long id : database.query("SELECT id FROM story ORDER BY id", statement -> { },
                    row -> row.getLong(1))) {
                storyRow(id);
            }
            throw unreadable;
        }
    }

    @Override
    public StoryDocument loadStory(long storyId) {
        return database.inTransaction(() -> {
            Story story = storyRow(storyId);
            try {
                checkParts(storyId, story.title());
                return loadParts(story);
            } catch (ProjectDamagedException damage) {
                throw Damage.inStory(storyId, story.title(), damage);
            }
        });
    }

    @Override
    public Optional<Story> findStory(long storyId) {
        Optional<Story> found;
        try {
            found = database.queryOne("SELECT " + STORY_COLUMNS + " FROM story WHERE id = ?",
                    statement -> statement.setLong(1, storyId), H2StoryRepository::readStory);
        } catch (DamagedRow unreadable) {
            throw Damage.story(storyId, null, "its title, lede or style cannot be read", unreadable);
        }
        if (found.isEmpty() && database.listedByScan("story", storyId)) {
            throw Damage.story(storyId, null, "its row is listed but cannot be found by its id", null);
        }
        return found;
    }

    private Story storyRow(long storyId) {
        return findStory(storyId).orElseThrow(() -> H2SourceLibrary.missing("story", storyId));
    }

    private StoryDocument loadParts(Story story) {
        long storyId = story.id();
        Map<Long, List<Citation>> citations = citationsOf(storyId);
        List<Fact> factList = database.query("SELECT " + FACT_COLUMNS + " FROM fact WHERE story_id = ? "
                + "ORDER BY position", statement -> statement.setLong(1, storyId), H2StoryRepository::readFact)
                .stream().map(row -> row.fact().withCitations(citations.getOrDefault(row.fact().id(), List.of())))
                .toList();
        List<Narrative> narrativeList = database.query("SELECT " + NARRATIVE_COLUMNS + " FROM narrative "
                + "WHERE story_id = ? ORDER BY position", statement -> statement.setLong(1, storyId),
                H2StoryRepository::readNarrative).stream().map(NarrativeRow::narrative).toList();
        List<Source> sources = citedSources(storyId);
        List<Excerpt> excerpts = database.query("SELECT " + H2SourceLibrary.EXCERPT_COLUMNS + " FROM excerpt "
                + "WHERE id IN (SELECT excerpt_id FROM citation WHERE fact_id IN (" + FACTS_OF_STORY + "))",
                statement -> statement.setLong(1, storyId), H2SourceLibrary::readExcerpt);
        Map<Long, Source> sourcesById = byId(sources, Source::id);
        Map<Long, Excerpt> excerptsById = byId(excerpts, Excerpt::id);
        checkCitedPartsFound(factList, sourcesById, excerptsById);
        return new StoryDocument(story, factList, narrativeList, sourcesById, excerptsById);
    }

    /**
     * Every cited source and passage was found: the rows were written in one transaction, so one that is listed
     * but cannot be looked up means the file's indexes are damaged, never a state Factdesk leaves.
     */
    private static void checkCitedPartsFound(List<Fact> factList, Map<Long, Source> sources,
                                             Map<Long, Excerpt> excerpts) {
        for (Fact fact : factList) {
            for (Citation citation : fact.citations()) {
                if (!sources.containsKey(citation.sourceId())) {
                    throw DamagedRow.notFound("fact " + fact.id(), "source " + citation.sourceId());
                }
                if (citation.excerptId() != null && !excerpts.containsKey(citation.excerptId())) {
                    throw DamagedRow.notFound("fact " + fact.id(), "passage " + citation.excerptId());
                }
            }
        }
    }

    /** Refuses a story whose structure is not the one last sealed; a story row that is gone is left to the caller. */
    private void checkParts(long storyId, String title) {
        boolean sound = database.withConnection(connection -> StoryParts.stored(connection, storyId) == null
                || StoryParts.sound(connection, storyId));
        if (!sound) {
            throw Damage.story(storyId, title, PARTS_DAMAGED, null);
        }
    }

    /**
     * Runs a change of which facts, citations or narratives a story has, or of their order, in one transaction:
     * the structure is checked first, so that the new digest never seals damage, and resealed after.
     */
    private <T> T reshaping(long storyId, Supplier<T> change) {
        return database.inTransaction(() -> {
            checkParts(storyId, null);
            T result = change.get();
            database.withConnection(connection -> {
                StoryParts.seal(connection, storyId);
                return null;
            });
            return result;
        });
    }

    private List<Source> citedSources(long storyId) {
        try {
            return database.query("SELECT " + H2SourceLibrary.SOURCE_COLUMNS + " FROM source WHERE id IN "
                    + "(SELECT source_id FROM citation WHERE fact_id IN (" + FACTS_OF_STORY + "))",
                    statement -> statement.setLong(1, storyId), H2SourceLibrary::readSource);
        } catch (DamagedRow unreadable) {
            // The database does not say which source it could not convert; reading them one by one names it.
            for (long id : database.query("SELECT DISTINCT source_id FROM citation WHERE fact_id IN ("
                    + FACTS_OF_STORY + ")", statement -> statement.setLong(1, storyId), row -> row.getLong(1))) {
                library.source(id);
            }
            throw unreadable;
        }
    }

    private Map<Long, List<Citation>> citationsOf(long storyId) {
        Map<Long, List<Citation>> byFact = new LinkedHashMap<>();
        database.query("SELECT " + CITATION_COLUMNS + " FROM citation WHERE fact_id IN (" + FACTS_OF_STORY
                + ") ORDER BY fact_id, position", statement -> statement.setLong(1, storyId),
                H2StoryRepository::readCitation)
                .forEach(row -> byFact.computeIfAbsent(row.factId(), id -> new ArrayList<>()).add(row.citation()));
        return byFact;
    }

    private static <T> Map<Long, T> byId(List<T> rows, Function<T, Long> id) {
        return rows.stream().collect(Collectors.toMap(id, row -> row));
    }

    @Override
    public Story createStory(String title, String lede, HouseStyle style) {
        String storedTitle = title == null ? "" : title;
        String storedLede = lede == null ? "" : lede;
        long id = database.insert("INSERT INTO story (title, lede, serial_comma, created_at, row_sha256, "
                + "parts_sha256) VALUES (?, ?, ?, ?, ?, ?)", statement -> {
                    statement.setString(1, storedTitle);
                    statement.setString(2, storedLede);
                    statement.setBoolean(3, style.serialComma());
                    statement.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
                    statement.setString(5, RowChecksum.story(storedTitle, storedLede, style.serialComma()));
                    statement.setString(6, StoryParts.EMPTY);
                });
        return new Story(id, title, lede, style);
    }

    @Override
    public void updateStory(Story story) {
        int changed = database.update("UPDATE story SET title = ?, lede = ?, serial_comma = ?, row_sha256 = ? "
                + "WHERE id = ?", statement -> {
                    statement.setString(1, story.title());
                    statement.setString(2, story.lede());
                    statement.setBoolean(3, story.style().serialComma());
                    statement.setString(4, RowChecksum.story(story.title(), story.lede(), story.style().serialComma()));
                    statement.setLong(5, story.id());
                });
        if (changed == 0) {
            throw H2SourceLibrary.missing("story", story.id());
        }
    }

    @Override
    public void deleteStory(long storyId) {
        database.update("DELETE FROM story WHERE id = ?", statement -> statement.setLong(1, storyId));
    }

    @Override
    public Fact addFact(long storyId, int position, String text, List<Citation> citations, int colour) {
        // Checked before anything is written: the record refuses a colour that does not exist.
        Fact draft = new Fact(0, text, citations, ReviewStatus.UNCHECKED, colour);
        return reshaping(storyId, () -> {
            int at = facts.openGap(storyId, position);
            String status = draft.reviewStatus().name();
            long id = database.insert("INSERT INTO fact (story_id, position, body, review_status, colour, "
                    + "row_sha256) VALUES (?, ?, ?, ?, ?, ?)", statement -> {
                        statement.setLong(1, storyId);
                        statement.setInt(2, at);
                        statement.setString(3, draft.text());
                        statement.setString(4, status);
                        statement.setInt(5, colour);
                        statement.setString(6, RowChecksum.fact(storyId, draft.text(), status, colour));
                    });
            writeCitations(id, draft.citations());
            return new Fact(id, draft.text(), draft.citations(), draft.reviewStatus(), colour);
        });
    }

    @Override
    public void restoreFact(long storyId, int position, Fact fact) {
        reshaping(storyId, () -> {
            int at = facts.openGap(storyId, position);
            database.update("INSERT INTO fact (id, story_id, position, body, review_status, colour, row_sha256) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", statement -> {
                        statement.setLong(1, fact.id());
                        statement.setLong(2, storyId);
                        statement.setInt(3, at);
                        statement.setString(4, fact.text());
                        statement.setString(5, fact.reviewStatus().name());
                        statement.setInt(6, fact.colour());
                        statement.setString(7, RowChecksum.fact(storyId, fact.text(), fact.reviewStatus().name(),
                                fact.colour()));
                    });
            writeCitations(fact.id(), fact.citations());
            return null;
        });
    }

    @Override
    public void updateFactText(long factId, String text) {
        database.inTransaction(() -> {
            FactRow stored = factRow(factId);
            String status = stored.fact().reviewStatus().name();
            database.update("UPDATE fact SET body = ?, row_sha256 = ? WHERE id = ?", statement -> {
                statement.setString(1, text);
                statement.setString(2, RowChecksum.fact(stored.storyId(), text, status, stored.fact().colour()));
                statement.setLong(3, factId);
            });
            return null;
        });
    }

    /** The stored row, checked, so that a rewrite never seals damage under a fresh checksum. */
    private FactRow factRow(long factId) {
        return database.queryOne("SELECT " + FACT_COLUMNS + " FROM fact WHERE id = ?",
                statement -> statement.setLong(1, factId), H2StoryRepository::readFact)
                .orElseThrow(() -> H2SourceLibrary.missing("fact", factId));
    }

    @Override
    public void updateFactCitations(long factId, List<Citation> citations) {
        database.inTransaction(() -> reshaping(facts.placeOf(factId).storyId(), () -> {
            database.update("DELETE FROM citation WHERE fact_id = ?", statement -> statement.setLong(1, factId));
            writeCitations(factId, citations);
            return null;
        }));
    }

    private void writeCitations(long factId, List<Citation> citations) {
        for (int i = 0; i < citations.size(); i++) {
            Citation citation = citations.get(i);
            int position = i;
            database.update("INSERT INTO citation (fact_id, position, source_id, excerpt_id, row_sha256) "
                    + "VALUES (?, ?, ?, ?, ?)", statement -> {
                        statement.setLong(1, factId);
                        statement.setInt(2, position);
                        statement.setLong(3, citation.sourceId());
                        statement.setObject(4, citation.excerptId());
                        statement.setString(5, RowChecksum.citation(factId, position, citation.sourceId(),
                                citation.excerptId()));
                    });
        }
    }

    @Override
    public void updateReviewStatus(long factId, ReviewStatus status) {
        database.inTransaction(() -> {
            FactRow stored = factRow(factId);
            database.update("UPDATE fact SET review_status = ?, row_sha256 = ? WHERE id = ?", statement -> {
                statement.setString(1, status.name());
                statement.setString(2, RowChecksum.fact(stored.storyId(), stored.fact().text(), status.name(),
                        stored.fact().colour()));
                statement.setLong(3, factId);
            });
            return null;
        });
    }

    @Override
    public void moveFact(long factId, int position) {
        database.inTransaction(() -> reshaping(facts.placeOf(factId).storyId(), () -> {
            facts.move(factId, position);
            return null;
        }));
    }

    @Override
    public void deleteFact(long factId) {
        database.inTransaction(() -> reshaping(facts.placeOf(factId).storyId(), () -> {
            facts.delete(factId);
            return null;
        }));
    }

    @Override
    public Narrative addNarrative(long storyId, int position, String label, String providedBy, String text) {
        Narrative draft = new Narrative(0, label, providedBy, text);
        return reshaping(storyId, () -> {
            int at = narratives.openGap(storyId, position);
            long id = database.insert("INSERT INTO narrative (story_id, position, label, provided_by, body, "
                    + "row_sha256) VALUES (?, ?, ?, ?, ?, ?)", statement -> {
                        statement.setLong(1, storyId);
                        statement.setInt(2, at);
                        statement.setString(3, draft.label());
                        statement.setString(4, draft.providedBy());
                        statement.setString(5, draft.text());
                        statement.setString(6, RowChecksum.narrative(storyId, draft.label(), draft.providedBy(),
                                draft.text()));
                    });
            return new Narrative(id, draft.label(), draft.providedBy(), draft.text());
        });
    }

    @Override
    public void restoreNarrative(long storyId, int position, Narrative narrative) {
        reshaping(storyId, () -> {
            int at = narratives.openGap(storyId, position);
            database.update("INSERT INTO narrative (id, story_id, position, label, provided_by, body, row_sha256) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", statement -> {
                        statement.setLong(1, narrative.id());
                        statement.setLong(2, storyId);
                        statement.setInt(3, at);
                        statement.setString(4, narrative.label());
                        statement.setString(5, narrative.providedBy());
                        statement.setString(6, narrative.text());
                        statement.setString(7, RowChecksum.narrative(storyId, narrative.label(),
                                narrative.providedBy(), narrative.text()));
                    });
            return null;
        });
    }

    @Override
    public void updateNarrative(Narrative narrative) {
        database.inTransaction(() -> {
            long storyId = database.queryOne("SELECT " + NARRATIVE_COLUMNS + " FROM narrative WHERE id = ?",
                    statement -> statement.setLong(1, narrative.id()), H2StoryRepository::readNarrative)
                    .orElseThrow(() -> H2SourceLibrary.missing("narrative", narrative.id())).storyId();
            database.update("UPDATE narrative SET label = ?, provided_by = ?, body = ?, row_sha256 = ? WHERE id = ?",
                    statement -> {
                        statement.setString(1, narrative.label());
                        statement.setString(2, narrative.providedBy());
                        statement.setString(3, narrative.text());
                        statement.setString(4, RowChecksum.narrative(storyId, narrative.label(),
                                narrative.providedBy(), narrative.text()));
                        statement.setLong(5, narrative.id());
                    });
            return null;
        });
    }

    @Override
    public void moveNarrative(long narrativeId, int position) {
        database.inTransaction(() -> reshaping(narratives.placeOf(narrativeId).storyId(), () -> {
            narratives.move(narrativeId, position);
            return null;
        }));
    }

    @Override
    public void deleteNarrative(long narrativeId) {
        database.inTransaction(() -> reshaping(narratives.placeOf(narrativeId).storyId(), () -> {
            narratives.delete(narrativeId);
            return null;
        }));
    }

    /** Reads {@link #STORY_COLUMNS}, checked against the row's checksum. */
    static Story readStory(ResultSet row) throws SQLException {
        long id = row.getLong(1);
        String title = row.getString(2);
        boolean serialComma = row.getBoolean(4);
        if (row.wasNull() || !RowChecksum.story(title, row.getString(3), serialComma).equals(row.getString(5))) {
            throw Damage.story(id, title, "its title, lede or style do not match their checksum", null);
        }
        return new Story(id, title, row.getString(3), new HouseStyle(serialComma));
    }

    /** Reads {@link #FACT_COLUMNS}, checked against the row's checksum. */
    static FactRow readFact(ResultSet row) throws SQLException {
        long id = row.getLong(1);
        long storyId = row.getLong(2);
        String status = row.getString(4);
        int colour = row.getInt(5);
        if (!RowChecksum.fact(storyId, row.getString(3), status, colour).equals(row.getString(6))) {
            throw DamagedRow.checksumMismatch("fact " + id);
        }
        try {
            return new FactRow(storyId, new Fact(id, row.getString(3), List.of(), ReviewStatus.valueOf(status),
                    colour));
        } catch (RuntimeException e) {
            throw DamagedRow.unreadable("fact " + id, e);
        }
    }

    /** Reads {@link #CITATION_COLUMNS}, checked against the row's checksum. */
    static CitationRow readCitation(ResultSet row) throws SQLException {
        long factId = row.getLong(1);
        int position = row.getInt(2);
        long sourceId = row.getLong(3);
        long excerpt = row.getLong(4);
        Long excerptId = row.wasNull() ? null : excerpt;
        if (!RowChecksum.citation(factId, position, sourceId, excerptId).equals(row.getString(5))) {
            throw DamagedRow.checksumMismatch("citation " + (position + 1) + " of fact " + factId);
        }
        return new CitationRow(factId, new Citation(sourceId, excerptId));
    }

    /** Reads {@link #NARRATIVE_COLUMNS}, checked against the row's checksum. */
    static NarrativeRow readNarrative(ResultSet row) throws SQLException {
        long id = row.getLong(1);
        long storyId = row.getLong(2);
        if (!RowChecksum.narrative(storyId, row.getString(3), row.getString(4), row.getString(5))
                .equals(row.getString(6))) {
            throw DamagedRow.checksumMismatch("narrative " + id);
        }
        try {
            return new NarrativeRow(storyId, new Narrative(id, row.getString(3), row.getString(4), row.getString(5)));
        } catch (RuntimeException e) {
            throw DamagedRow.unreadable("narrative " + id, e);
        }
    }
}
