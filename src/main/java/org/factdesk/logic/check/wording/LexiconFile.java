package org.factdesk.logic.check.wording;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a wording lexicon: tab-separated text, one entry a line, after a header line naming the columns
 * {@code term, category, inflection, forms, suggestions, why}; forms and suggestions are lists separated by
 * {@code |} and may be empty. Blank lines and lines starting with {@code #} are skipped. The shipped lexicon is
 * {@code assets/wording/lexicon.tsv}, which the build puts in the jar. Blocking reads; any thread.
 */
public final class LexiconFile {

    /** Where the build puts assets/wording/lexicon.tsv. */
    static final String SHIPPED = "/org/factdesk/wording/lexicon.tsv";
    static final String HEADER = "term\tcategory\tinflection\tforms\tsuggestions\twhy";

    private LexiconFile() {
    }

    /** The lexicon shipped with Factdesk. A broken one is a broken build: it fails loudly. */
    static List<WordingEntry> shipped() {
        try (InputStream in = LexiconFile.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("the wording lexicon " + SHIPPED + " is missing from the build");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), "lexicon.tsv");
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped wording lexicon cannot be read", e);
        } catch (LexiconException e) {
            throw new IllegalStateException("the shipped wording lexicon is broken: " + e.getMessage(), e);
        }
    }

    /** The entries of the lexicon read from {@code in}; {@code name} names it in messages. No term twice. */
    public static List<WordingEntry> read(Reader in, String name) throws IOException, LexiconException {
        BufferedReader lines = new BufferedReader(in);
        String header = lines.readLine();
        if (header == null || !header.strip().equals(HEADER)) {
            throw new LexiconException(name + " line 1: the header must name the columns "
                    + HEADER.replace('\t', ' ') + ", separated by tabs");
        }
        List<WordingEntry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int number = 1;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            WordingEntry entry = entry(line, name + " line " + number);
            Integer earlier = seen.putIfAbsent(entry.key(), number);
            if (earlier != null) {
                throw new LexiconException(name + " line " + number + ": \u201C" + entry.term()
                        + "\u201D is already on line " + earlier);
            }
            entries.add(entry);
        }
        return List.copyOf(entries);
    }

    private static WordingEntry entry(String line, String where) throws LexiconException {
        String[] fields = line.split("\t", -1);
        if (fields.length != 6) {
            throw new LexiconException(where + ": " + fields.length + " columns, where 6 are needed, separated "
                    + "by tabs: term, category, inflection, forms, suggestions, why");
        }
        WordingCategory category = WordingCategory.named(fields[1].strip()).orElseThrow(() ->
                new LexiconException(where + ": unknown category \u201C" + fields[1] + "\u201D; use one of "
                        + Arrays.stream(WordingCategory.values()).map(WordingCategory::fileName).toList()));
        Inflection inflection = Inflection.named(fields[2].strip()).orElseThrow(() ->
                new LexiconException(where + ": unknown inflection \u201C" + fields[2] + "\u201D; use verb, noun "
                        + "or fixed"));
        try {
            return new WordingEntry(fields[0].strip(), category, inflection, list(fields[3]), list(fields[4]),
                    fields[5].strip());
        } catch (IllegalArgumentException e) {
            throw new LexiconException(where + ": " + e.getMessage());
        }
    }

    private static List<String> list(String field) {
        if (field.isBlank()) {
            return List.of();
        }
        return Arrays.stream(field.split("\\|")).map(String::strip).toList();
    }
}
