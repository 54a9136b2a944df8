package org.factdesk.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.model.WordingChoice;

/**
 * The project's own wording choices in the project file (schema version 5): one row per term as {@link #termKey}
 * compares terms, written with its checksum and checked against it when read. The fields are stored as given;
 * whether a watched term makes a valid lexicon entry is the check's business, not the store's. A damaged row is
 * reported as damage to the file, by its id. Thread-safe through {@link ProjectDatabase}.
 */
final class WordingChoiceRows {

    static final String COLUMNS = "id, kind, term, term_key, category, inflection, suggestions, why, chosen_by, "
            + "chosen_at, row_sha256";

    private final ProjectDatabase database;

    WordingChoiceRows(ProjectDatabase database) {
        this.database = database;
    }

    /**
     * A term as choices are compared: lower case, hyphens (and the Unicode hyphens) as spaces, each run of white
     * space as one space, none at either end; "So-called" and "so  called" are one term.
     */
    static String termKey(String term) {
        return term.toLowerCase(Locale.ROOT).replaceAll("[-\u2010\u2011]", " ").replaceAll("\\s+", " ").strip();
    }

    List<WordingChoice> all() {
        try {
            return database.query("SELECT " + COLUMNS + " FROM wording_choice ORDER BY chosen_at, id",
                    statement -> { }, WordingChoiceRows::read);
        } catch (DamagedRow damaged) {
            if (damaged.row().isEmpty()) {
                throw new DamagedRow("a wording choice", "holds a value that cannot be read", damaged);
            }
            throw damaged;
        }
    }

    /** Replaces an earlier choice for the same term, in one transaction. */
    void choose(WordingChoice choice) {
        // The file keeps microseconds; the checksum must cover the instant as it will be read back.
        Instant at = choice.chosenAt().truncatedTo(ChronoUnit.MICROS);
        String kind = choice.kind().name();
        database.inTransaction(() -> {
            forget(choice.term());
            database.update("INSERT INTO wording_choice (kind, term, term_key, category, inflection, suggestions, "
                    + "why, chosen_by, chosen_at, row_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
                        statement.setString(1, kind);
                        statement.setString(2, choice.term());
                        statement.setString(3, termKey(choice.term()));
                        statement.setString(4, choice.category());
                        statement.setString(5, choice.inflection());
                        statement.setArray(6, statement.getConnection().createArrayOf("VARCHAR",
                                choice.suggestions().toArray()));
                        statement.setString(7, choice.why());
                        statement.setString(8, choice.chosenBy());
                        statement.setObject(9, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                        statement.setString(10, RowChecksum.wordingChoice(kind, choice.term(), choice.category(),
                                choice.inflection(), choice.suggestions(), choice.why(), choice.chosenBy(), at));
                    });
            return null;
        });
    }

    void forget(String term) {
        database.update("DELETE FROM wording_choice WHERE term_key = ?",
                statement -> statement.setString(1, termKey(term)));
    }

    /**
     * Reads {@link #COLUMNS}, checked against the row's checksum; the term key is not in the checksum but must be
     * the key of the term, as every write makes it.
     */
    static WordingChoice read(ResultSet row) throws SQLException {
        long id = row.getLong(1);
        String kind = row.getString(2);
        String term = row.getString(3);
        OffsetDateTime at = row.getObject(10, OffsetDateTime.class);
        Instant chosenAt = at == null ? null : at.toInstant();
        String place = "wording choice " + id;
        List<String> suggestions = suggestions(row.getArray(7), place);
        String expected = RowChecksum.wordingChoice(kind, term, row.getString(5), row.getString(6), suggestions,
                row.getString(8), row.getString(9), chosenAt);
        if (!expected.equals(row.getString(11)) || term == null || !termKey(term).equals(row.getString(4))) {
            throw DamagedRow.checksumMismatch(place);
        }
        try {
            return new WordingChoice(WordingChoice.Kind.valueOf(kind), term, row.getString(5), row.getString(6),
                    suggestions, row.getString(8), row.getString(9), chosenAt);
        } catch (RuntimeException e) {
            throw DamagedRow.unreadable(place, e);
        }
    }

    private static List<String> suggestions(Array array, String place) throws SQLException {
        if (array == null) {
            throw DamagedRow.unreadable(place, null);
        }
        List<String> suggestions = new ArrayList<>();
        for (Object suggestion : (Object[]) array.getArray()) {
            if (!(suggestion instanceof String text)) {
                throw DamagedRow.unreadable(place, null);
            }
            suggestions.add(text);
        }
        return suggestions;
    }
}
