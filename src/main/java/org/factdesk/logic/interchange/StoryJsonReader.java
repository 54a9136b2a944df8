package org.factdesk.logic.interchange;

import static org.factdesk.logic.interchange.StoryJson.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factdesk.logic.interchange.StoryPlan.CitationPlan;
import org.factdesk.logic.interchange.StoryPlan.FactPlan;
import org.factdesk.logic.interchange.StoryPlan.NarrativePlan;
import org.factdesk.logic.interchange.StoryPlan.Passage;
import org.factdesk.logic.interchange.StoryPlan.SourcePlan;
import org.factdesk.logic.text.TextRules.Kind;
import org.factdesk.logic.text.VisibleText;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.SourceDraft;

/**
 * Reads a story JSON file ({@code "format": "factdesk.story"}) and checks all of it: syntax, format and version,
 * required fields and their types, the characters of every text, source ids, dates and quotes. The result is a {@link StoryPlan} that
 * {@link StoryJsonImporter} can write without further checks; the first problem found stops the reading with a
 * {@link StoryJsonException} naming its place. Needs no project. Stateless; any thread.
 */
public final class StoryJsonReader {

    private static final Set<String> STORY_FIELDS = Set.of(F_FORMAT, F_VERSION, F_TITLE, F_LEDE, F_STYLE,
            F_SOURCES, F_FACTS, F_NARRATIVES);
    private static final Set<String> STYLE_FIELDS = Set.of(F_SERIAL_COMMA);
    private static final Set<String> SOURCE_FIELDS = Set.of(F_ID, F_OUTLET, F_TITLE, F_AUTHOR, F_URL,
            F_PUBLISHED, F_PERSPECTIVE, F_TEXT);
    private static final Set<String> FACT_FIELDS = Set.of(F_TEXT, F_CITATIONS);
    private static final Set<String> CITATION_FIELDS = Set.of(F_SOURCE, F_QUOTE, F_ORPHANED);
    private static final Set<String> NARRATIVE_FIELDS = Set.of(F_LABEL, F_PROVIDED_BY, F_TEXT);

    private static final int QUOTED_VALUE_LIMIT = 40;

    /** Reads a story file; its sources will say they were imported from the file's name. */
    public StoryPlan read(Path file) throws StoryJsonException, IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(LocatedJsonParser.parse(in), file.getFileName().toString());
        }
    }

    /** Reads a story from {@code json}; its sources will say they were imported from {@code origin}. */
    public StoryPlan read(Reader json, String origin) throws StoryJsonException, IOException {
        return read(LocatedJsonParser.parse(json), origin);
    }

    /** Reads a story from a string, for pasted JSON; its sources will say "json import". */
    public StoryPlan read(String json) throws StoryJsonException {
        try {
            return read(new StringReader(json), DEFAULT_ORIGIN);
        } catch (IOException e) {
            // A StringReader does no I/O; only a bug in the parser could get here.
            throw new UncheckedIOException(e);
        }
    }

    private StoryPlan read(LocatedJsonParser.Parsed file, String origin) throws StoryJsonException {
        LocatedObject story = LocatedObject.root(file);
        checkFormatAndVersion(story);
        story.rejectUnknownFields(STORY_FIELDS);
        String title = story.optionalText(F_TITLE, Kind.LINE).orElse("");
        String lede = story.requiredText(F_LEDE, Kind.TEXT);
        HouseStyle style = readStyle(story);
        List<SourcePlan> sources = readSources(story.requiredObjects(F_SOURCES), origin);
        List<FactPlan> facts = readFacts(story.requiredObjects(F_FACTS), sources);
        List<NarrativePlan> narratives = readNarratives(story.optionalObjects(F_NARRATIVES));
        return new StoryPlan(title, lede, style, sources, facts, narratives);
    }

    // Checked before anything else: a newer file may have fields this version has never heard of.
    private static void checkFormatAndVersion(LocatedObject story) throws StoryJsonException {
        String format = story.requiredText(F_FORMAT, Kind.LINE);
        if (!FORMAT.equals(format)) {
            throw story.error(F_FORMAT, "expected \"" + FORMAT + "\", found " + quoted(format));
        }
        int version = story.requiredWholeNumber(F_VERSION);
        if (version > VERSION) {
            throw story.error(F_VERSION, version + " is newer than this Factdesk reads (" + VERSION + ")");
        }
        if (version < 1) {
            throw story.error(F_VERSION, version + " is not a version of this format, which starts at 1");
        }
    }

    private static HouseStyle readStyle(LocatedObject story) throws StoryJsonException {
        Optional<LocatedObject> style = story.optionalObject(F_STYLE);
        if (style.isEmpty()) {
            return HouseStyle.DEFAULT;
        }
        style.get().rejectUnknownFields(STYLE_FIELDS);
        return new HouseStyle(style.get().optionalBoolean(F_SERIAL_COMMA, HouseStyle.DEFAULT.serialComma()));
    }

    private static List<SourcePlan> readSources(List<LocatedObject> items, String origin)
            throws StoryJsonException {
        Map<String, LocatedObject> byId = new HashMap<>();
        List<SourcePlan> sources = new ArrayList<>(items.size());
        for (LocatedObject item : items) {
            item.rejectUnknownFields(SOURCE_FIELDS);
            String id = item.requiredText(F_ID, Kind.LINE);
            if (id.isBlank()) {
                throw item.error(F_ID, "must not be empty");
            }
            LocatedObject earlier = byId.putIfAbsent(id, item);
            if (earlier != null) {
                throw item.error(F_ID, quoted(id) + " is already the id of " + earlier.place());
            }
            SourceDraft draft = new SourceDraft(
                    item.requiredNonBlankText(F_OUTLET, Kind.LINE),
                    item.optionalText(F_TITLE, Kind.LINE).orElse(""),
                    item.optionalText(F_AUTHOR, Kind.LINE).orElse(""),
                    item.optionalText(F_URL, Kind.LINE).orElse(""),
                    readDate(item, F_PUBLISHED),
                    item.optionalText(F_PERSPECTIVE, Kind.LINE).orElse(""),
                    item.requiredNonBlankText(F_TEXT, Kind.TEXT),
                    origin);
            sources.add(new SourcePlan(id, draft));
        }
        return sources;
    }

    private static LocalDate readDate(LocatedObject item, String field) throws StoryJsonException {
        Optional<String> text = item.optionalText(field, Kind.LINE);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text.get());
        } catch (DateTimeParseException e) {
            throw item.error(field, quoted(text.get()) + " is not a date like 2023-09-12");
        }
    }

    private static List<FactPlan> readFacts(List<LocatedObject> items, List<SourcePlan> sources)
            throws StoryJsonException {
        Map<String, Integer> indexById = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            indexById.put(sources.get(i).fileId(), i);
        }
        List<FactPlan> facts = new ArrayList<>(items.size());
        for (LocatedObject item : items) {
            item.rejectUnknownFields(FACT_FIELDS);
            String text = item.requiredText(F_TEXT, Kind.TEXT);
            List<CitationPlan> citations = new ArrayList<>();
            for (LocatedObject citation : item.optionalObjects(F_CITATIONS)) {
                citations.add(readCitation(citation, indexById, sources));
            }
            facts.add(new FactPlan(text, citations));
        }
        return facts;
    }

    private static CitationPlan readCitation(LocatedObject citation, Map<String, Integer> indexById,
                                             List<SourcePlan> sources) throws StoryJsonException {
        citation.rejectUnknownFields(CITATION_FIELDS);
        String id = citation.requiredText(F_SOURCE, Kind.LINE);
        Integer index = indexById.get(id);
        if (index == null) {
            throw citation.error(F_SOURCE, "no source has the id " + quoted(id));
        }
        Optional<String> quote = citation.optionalText(F_QUOTE, Kind.TEXT);
        if (quote.isEmpty()) {
            if (citation.optionalBoolean(F_ORPHANED, false)) {
                throw citation.error(F_ORPHANED, "needs the lost passage's last known quote");
            }
            return CitationPlan.wholeSource(index);
        }
        if (quote.get().isEmpty()) {
            throw citation.error(F_QUOTE, "is empty; leave it out to cite the whole source");
        }
        if (citation.optionalBoolean(F_ORPHANED, false)) {
            // Lost in a correction where it was written: kept by its last known quote, never looked for.
            return CitationPlan.orphaned(index, quote.get());
        }
        // The first occurrence, as the format defines; a later one cannot be told apart by its text alone.
        int start = sources.get(index).draft().text().indexOf(quote.get());
        if (start < 0) {
            throw citation.error("quote not found in source " + id);
        }
        return new CitationPlan(index, new Passage(start, start + quote.get().length()));
    }

    private static List<NarrativePlan> readNarratives(List<LocatedObject> items) throws StoryJsonException {
        List<NarrativePlan> narratives = new ArrayList<>(items.size());
        for (LocatedObject item : items) {
            item.rejectUnknownFields(NARRATIVE_FIELDS);
            narratives.add(new NarrativePlan(item.requiredText(F_LABEL, Kind.LINE),
                    item.requiredText(F_PROVIDED_BY, Kind.LINE), item.requiredText(F_TEXT, Kind.TEXT)));
        }
        return narratives;
    }

    /** A value as messages show it: in quotes, cut short when long, with its control characters shown. */
    static String quoted(String value) {
        String shown = value.length() > QUOTED_VALUE_LIMIT ? value.substring(0, QUOTED_VALUE_LIMIT) + "…" : value;
        return "\"" + VisibleText.line(shown) + "\"";
    }
}
