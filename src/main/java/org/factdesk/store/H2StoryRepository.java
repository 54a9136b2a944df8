package org.factdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factdesk.model.Citation;
import org.factdesk.model.Excerpt;
import org.factdesk.model.Fact;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.Narrative;
import org.factdesk.model.ReviewStatus;
import org.factdesk.model.Source;
import org.factdesk.model.Story;
import org.factdesk.model.StoryDocument;
import org.factdesk.model.StoryRepository;

/** Stories, facts, citations and narratives in the H2 project file. Thread-safe through {@link ProjectDatabase}. */
final class H2StoryRepository implements StoryRepository {

    private static final String FACTS_OF_STORY = "SELECT id FROM fact WHERE story_id = ?";

    private final ProjectDatabase database;
    private final OrderedRows facts;
    private final OrderedRows narratives;

    H2StoryRepository(ProjectDatabase database) {
        this.database = database;
        this.facts = new OrderedRows(database, "fact");
        this.narratives = new OrderedRows(database, "narrative");
    }

    @Override
    public List<Story> stories() {
        return database.query("SELECT id, title, lede, serial_comma FROM story ORDER BY id", statement -> { },
                H2StoryRepository::readStory);
    }

    @Override
    public StoryDocument loadStory(long storyId) {
        return database.inTransaction(() -> {
            Story story = database.queryOne("SELECT id, title, lede, serial_comma FROM story WHERE id = ?",
                    statement -> statement.setLong(1, storyId), H2StoryRepository::readStory)
                    .orElseThrow(() -> H2SourceLibrary.missing("story", storyId));
            Map<Long, List<Citation>> citations = citationsOf(storyId);
            List<Fact> factList = database.query("SELECT id, body, review_status FROM fact WHERE story_id = ? "
                    + "ORDER BY position", statement -> statement.setLong(1, storyId), row -> new Fact(row.getLong(1),
                    row.getString(2), citations.getOrDefault(row.getLong(1), List.of()),
                    ReviewStatus.valueOf(row.getString(3))));
            List<Narrative> narrativeList = database.query("SELECT id, label, provided_by, body FROM narrative "
                    + "WHERE story_id = ? ORDER BY position", statement -> statement.setLong(1, storyId),
                    row -> new Narrative(row.getLong(1), row.getString(2), row.getString(3), row.getString(4)));
            List<Source> sources = database.query("SELECT " + H2SourceLibrary.SOURCE_COLUMNS + " FROM source "
                    + "WHERE id IN (SELECT source_id FROM citation WHERE fact_id IN (" + FACTS_OF_STORY + "))",
                    statement -> statement.setLong(1, storyId), H2SourceLibrary::readSource);
            List<Excerpt> excerpts = database.query("SELECT " + H2SourceLibrary.EXCERPT_COLUMNS + " FROM excerpt "
                    + "WHERE id IN (SELECT excerpt_id FROM citation WHERE fact_id IN (" + FACTS_OF_STORY + "))",
                    statement -> statement.setLong(1, storyId), H2SourceLibrary::readExcerpt);
            return new StoryDocument(story, factList, narrativeList, byId(sources, Source::id),
                    byId(excerpts, Excerpt::id));
        });
    }

    private Map<Long, List<Citation>> citationsOf(long storyId) {
        Map<Long, List<Citation>> byFact = new LinkedHashMap<>();
        database.query("SELECT fact_id, source_id, excerpt_id FROM citation WHERE fact_id IN (" + FACTS_OF_STORY
                + ") ORDER BY fact_id, position", statement -> statement.setLong(1, storyId), row -> {
                    long excerpt = row.getLong(3);
                    Long excerptId = row.wasNull() ? null : excerpt;
                    Citation citation = new Citation(row.getLong(2), excerptId);
                    return byFact.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(citation);
                });
        return byFact;
    }

    private static <T> Map<Long, T> byId(List<T> rows, Function<T, Long> id) {
        return rows.stream().collect(Collectors.toMap(id, row -> row));
    }

    @Override
    public Story createStory(String title, String lede, HouseStyle style) {
        long id = database.insert("INSERT INTO story (title, lede, serial_comma, created_at) VALUES (?, ?, ?, ?)",
                statement -> {
                    statement.setString(1, title == null ? "" : title);
                    statement.setString(2, lede == null ? "" : lede);
                    statement.setBoolean(3, style.serialComma());
                    statement.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
                });
        return new Story(id, title, lede, style);
    }

    @Override
    public void updateStory(Story story) {
        int changed = database.update("UPDATE story SET title = ?, lede = ?, serial_comma = ? WHERE id = ?",
                statement -> {
                    statement.setString(1, story.title());
                    statement.setString(2, story.lede());
                    statement.setBoolean(3, story.style().serialComma());
                    statement.setLong(4, story.id());
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
    public Fact addFact(long storyId, int position, String text, List<Citation> citations) {
        return database.inTransaction(() -> {
            int at = facts.openGap(storyId, position);
            long id = database.insert("INSERT INTO fact (story_id, position, body, review_status) VALUES (?, ?, ?, ?)",
                    statement -> {
                        statement.setLong(1, storyId);
                        statement.setInt(2, at);
                        statement.setString(3, text == null ? "" : text);
                        statement.setString(4, ReviewStatus.UNCHECKED.name());
                    });
            writeCitations(id, citations);
            return new Fact(id, text, citations, ReviewStatus.UNCHECKED);
        });
    }

    @Override
    public void restoreFact(long storyId, int position, Fact fact) {
        database.inTransaction(() -> {
            int at = facts.openGap(storyId, position);
            database.update("INSERT INTO fact (id, story_id, position, body, review_status) VALUES (?, ?, ?, ?, ?)",
                    statement -> {
                        statement.setLong(1, fact.id());
                        statement.setLong(2, storyId);
                        statement.setInt(3, at);
                        statement.setString(4, fact.text());
                        statement.setString(5, fact.reviewStatus().name());
                    });
            writeCitations(fact.id(), fact.citations());
            return null;
        });
    }

    @Override
    public void updateFactText(long factId, String text) {
        requireChanged(database.update("UPDATE fact SET body = ? WHERE id = ?", statement -> {
            statement.setString(1, text);
            statement.setLong(2, factId);
        }), "fact", factId);
    }

    @Override
    public void updateFactCitations(long factId, List<Citation> citations) {
        database.inTransaction(() -> {
            facts.placeOf(factId);
            database.update("DELETE FROM citation WHERE fact_id = ?", statement -> statement.setLong(1, factId));
            writeCitations(factId, citations);
            return null;
        });
    }

    private void writeCitations(long factId, List<Citation> citations) {
        for (int i = 0; i < citations.size(); i++) {
            Citation citation = citations.get(i);
            int position = i;
            database.update("INSERT INTO citation (fact_id, position, source_id, excerpt_id) VALUES (?, ?, ?, ?)",
                    statement -> {
                        statement.setLong(1, factId);
                        statement.setInt(2, position);
                        statement.setLong(3, citation.sourceId());
                        statement.setObject(4, citation.excerptId());
                    });
        }
    }

    @Override
    public void updateReviewStatus(long factId, ReviewStatus status) {
        requireChanged(database.update("UPDATE fact SET review_status = ? WHERE id = ?", statement -> {
            statement.setString(1, status.name());
            statement.setLong(2, factId);
        }), "fact", factId);
    }

    @Override
    public void moveFact(long factId, int position) {
        database.inTransaction(() -> {
            facts.move(factId, position);
            return null;
        });
    }

    @Override
    public void deleteFact(long factId) {
        database.inTransaction(() -> {
            facts.delete(factId);
            return null;
        });
    }

    @Override
    public Narrative addNarrative(long storyId, int position, String label, String providedBy, String text) {
        Narrative draft = new Narrative(0, label, providedBy, text);
        return database.inTransaction(() -> {
            int at = narratives.openGap(storyId, position);
            long id = database.insert("INSERT INTO narrative (story_id, position, label, provided_by, body) "
                    + "VALUES (?, ?, ?, ?, ?)", statement -> {
                        statement.setLong(1, storyId);
                        statement.setInt(2, at);
                        statement.setString(3, draft.label());
                        statement.setString(4, draft.providedBy());
                        statement.setString(5, draft.text());
                    });
            return new Narrative(id, draft.label(), draft.providedBy(), draft.text());
        });
    }

    @Override
    public void restoreNarrative(long storyId, int position, Narrative narrative) {
        database.inTransaction(() -> {
            int at = narratives.openGap(storyId, position);
            database.update("INSERT INTO narrative (id, story_id, position, label, provided_by, body) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", statement -> {
                        statement.setLong(1, narrative.id());
                        statement.setLong(2, storyId);
                        statement.setInt(3, at);
                        statement.setString(4, narrative.label());
                        statement.setString(5, narrative.providedBy());
                        statement.setString(6, narrative.text());
                    });
            return null;
        });
    }

    @Override
    public void updateNarrative(Narrative narrative) {
        requireChanged(database.update("UPDATE narrative SET label = ?, provided_by = ?, body = ? WHERE id = ?",
                statement -> {
                    statement.setString(1, narrative.label());
                    statement.setString(2, narrative.providedBy());
                    statement.setString(3, narrative.text());
                    statement.setLong(4, narrative.id());
                }), "narrative", narrative.id());
    }

    @Override
    public void moveNarrative(long narrativeId, int position) {
        database.inTransaction(() -> {
            narratives.move(narrativeId, position);
            return null;
        });
    }

    @Override
    public void deleteNarrative(long narrativeId) {
        database.inTransaction(() -> {
            narratives.delete(narrativeId);
            return null;
        });
    }

    private static Story readStory(ResultSet row) throws SQLException {
        return new Story(row.getLong(1), row.getString(2), row.getString(3), new HouseStyle(row.getBoolean(4)));
    }

    private static void requireChanged(int rows, String what, long id) {
        if (rows == 0) {
            throw H2SourceLibrary.missing(what, id);
        }
    }
}
