package org.factdesk.logic.interchange;

import static org.factdesk.logic.interchange.StoryJson.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.factdesk.logic.format.CitationNumbering;
import org.factdesk.logic.text.TextRules;
import org.factdesk.logic.text.TextRules.Kind;
import org.factdesk.model.Citation;
import org.factdesk.model.Excerpt;
import org.factdesk.model.Fact;
import org.factdesk.model.Narrative;
import org.factdesk.model.Project;
import org.factdesk.model.Source;
import org.factdesk.model.Story;
import org.factdesk.model.StoryDocument;

/**
 * Writes one story of a project as a story JSON file, with the sources it cites and their full texts. The
 * output is stable so that files can be compared: fields always in the same order, two-space indentation,
 * "\n" line ends, sources numbered "s1", "s2", … as the house format numbers them, and empty optional source
 * fields (author, url, published, perspective) left out. Reads storage: call it off the JavaFX thread.
 */
public final class StoryJsonWriter {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    // Fixed "\n" rather than the platform's line end, so the same story gives the same bytes everywhere.
    private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("")
                    .withObjectEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private final Project project;

    public StoryJsonWriter(Project project) {
        this.project = Objects.requireNonNull(project, "project");
    }

    /** The story as JSON text, ending in a line break. */
    public String write(long storyId) {
        StoryDocument document = project.stories().loadStory(storyId);
        try {
            return escapeLoneSurrogates(PRETTY.writeValueAsString(toTree(document))) + "\n";
        } catch (JsonProcessingException e) {
            // A tree of plain text, numbers and booleans always serializes.
            throw new IllegalStateException("could not write story " + storyId + " as JSON", e);
        }
    }

    /**
     * One source as a JSON object, ending in a line break: the interchange's source fields, with the project's
     * numeric id, and every field present (empty text, or null for no date) so that scripts find each key.
     */
    public static String sourceJson(Source source, String text) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put(F_ID, source.id());
        node.put(F_OUTLET, source.outlet());
        node.put(F_TITLE, source.title());
        node.put(F_AUTHOR, source.author());
        node.put(F_URL, source.url());
        node.put(F_PUBLISHED, source.published() == null ? null : source.published().toString());
        node.put(F_PERSPECTIVE, source.perspective());
        node.put(F_TEXT, text);
        try {
            return escapeLoneSurrogates(PRETTY.writeValueAsString(node)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write source " + source.id() + " as JSON", e);
        }
    }

    /**
     * Half of a UTF-16 pair, which a project made before the text rules may hold, written as a JSON escape
     * ({@code \\ud800}): the file can then be encoded as UTF-8 and still says exactly what was stored, and
     * importing it again names the broken character's place. Such halves can only sit inside string values.
     */
    static String escapeLoneSurrogates(String json) {
        if (TextRules.allows(json, Kind.TEXT)) {
            return json;
        }
        StringBuilder escaped = new StringBuilder(json.length() + 16);
        json.codePoints().forEach(codePoint -> {
            if (codePoint <= Character.MAX_VALUE && Character.isSurrogate((char) codePoint)) {
                escaped.append(String.format("\\u%04x", codePoint));
            } else {
                escaped.appendCodePoint(codePoint);
            }
        });
        return escaped.toString();
    }

    /** Writes the story as JSON to {@code target}, in UTF-8, replacing the file if there is one. */
    public void write(long storyId, Path target) throws IOException {
        Files.writeString(target, write(storyId), StandardCharsets.UTF_8);
    }

    private ObjectNode toTree(StoryDocument document) {
        Story story = document.story();
        ObjectNode root = MAPPER.createObjectNode();
        root.put(F_FORMAT, FORMAT);
        root.put(F_VERSION, VERSION);
        root.put(F_TITLE, story.title());
        root.put(F_LEDE, story.lede());
        root.putObject(F_STYLE).put(F_SERIAL_COMMA, story.style().serialComma());

        List<Long> numbered = CitationNumbering.of(document.facts()).numberedSources();
        Map<Long, String> fileIds = new HashMap<>();
        ArrayNode sources = root.putArray(F_SOURCES);
        for (long sourceId : numbered) {
            String fileId = "s" + (fileIds.size() + 1);
            fileIds.put(sourceId, fileId);
            sources.add(sourceNode(fileId, document.source(sourceId)));
        }

        ArrayNode facts = root.putArray(F_FACTS);
        for (Fact fact : document.facts()) {
            ObjectNode factNode = facts.addObject();
            factNode.put(F_TEXT, fact.text());
            ArrayNode citations = factNode.putArray(F_CITATIONS);
            for (Citation citation : fact.citations()) {
                ObjectNode citationNode = citations.addObject();
                citationNode.put(F_SOURCE, fileIds.get(citation.sourceId()));
                if (!citation.isWholeSource()) {
                    Excerpt excerpt = document.excerpts().get(citation.excerptId());
                    citationNode.put(F_QUOTE, excerpt.quote());
                    if (excerpt.isOrphaned()) {
                        citationNode.put(F_ORPHANED, true);
                    }
                }
            }
        }

        ArrayNode narratives = root.putArray(F_NARRATIVES);
        for (Narrative narrative : document.narratives()) {
            narratives.addObject()
                    .put(F_LABEL, narrative.label())
                    .put(F_PROVIDED_BY, narrative.providedBy())
                    .put(F_TEXT, narrative.text());
        }
        return root;
    }

    private ObjectNode sourceNode(String fileId, Source source) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put(F_ID, fileId);
        node.put(F_OUTLET, source.outlet());
        node.put(F_TITLE, source.title());
        putIfNotEmpty(node, F_AUTHOR, source.author());
        putIfNotEmpty(node, F_URL, source.url());
        if (source.published() != null) {
            node.put(F_PUBLISHED, source.published().toString());
        }
        putIfNotEmpty(node, F_PERSPECTIVE, source.perspective());
        node.put(F_TEXT, project.library().sourceText(source.id()));
        return node;
    }

    private static void putIfNotEmpty(ObjectNode node, String field, String value) {
        if (!value.isEmpty()) {
            node.put(field, value);
        }
    }
}
