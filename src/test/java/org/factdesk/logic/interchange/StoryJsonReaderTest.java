package org.factdesk.logic.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.factdesk.logic.interchange.StoryPlan.CitationPlan;
import org.factdesk.logic.interchange.StoryPlan.FactPlan;
import org.factdesk.logic.interchange.StoryPlan.NarrativePlan;
import org.factdesk.logic.interchange.StoryPlan.Passage;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.SourceDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class StoryJsonReaderTest {

    private static final String HEAD = "'format': 'factdesk.story', 'version': 1, 'lede': 'Ferries stopped.'";
    private static final String SOURCE = "{'id': 'h1', 'outlet': 'Harbour Ledger', "
            + "'text': 'Crews walked out at six. The union spoke at noon.'}";

    private final StoryJsonReader reader = new StoryJsonReader();

    static Path fixture(String name) {
        try {
            return Path.of(StoryJsonReaderTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JSON written with single quotes, which read better inside Java strings. */
    static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    static String story(String sources, String facts) {
        return json("{" + HEAD + ", 'sources': [" + sources + "], 'facts': [" + facts + "]}");
    }

    private String errorOf(String json) {
        return assertThrows(StoryJsonException.class, () -> reader.read(json)).getMessage();
    }

    /** The place and problem of a story's error, once it is known to name a line and column as well. */
    private String placeAndProblemOf(String json) {
        StoryJsonException error = assertThrows(StoryJsonException.class, () -> reader.read(json));
        if (json.isBlank()) {
            assertEquals(error.place() + ": " + error.problem(), error.getMessage());
        } else {
            assertTrue(error.line() > 0 && error.column() > 0, error.getMessage());
            assertEquals(error.place() + ": line " + error.line() + ", column " + error.column() + ": "
                    + error.problem(), error.getMessage());
        }
        return error.place() + ": " + error.problem();
    }

    @Test
    void fileIsReadIntoAPlanWithEverySourceFactAndNarrative() throws Exception {
        StoryPlan plan = reader.read(fixture("harbour-ferry-strike.json"));

        assertEquals("Ferry crews in Marrowby strike over night shifts", plan.title());
        assertTrue(plan.lede().startsWith("Ferry crews in the fictional port city"));
        assertEquals(new HouseStyle(false), plan.style());
        assertEquals(List.of("hl1", "vr", "nc"), plan.sources().stream().map(StoryPlan.SourcePlan::fileId).toList());
        SourceDraft ledger = plan.sources().get(0).draft();
        assertEquals("Harbour Ledger", ledger.outlet());
        assertEquals("Ines Calloway", ledger.author());
        assertEquals("https://harbour-ledger.example/ferries-halted", ledger.url());
        assertEquals(LocalDate.of(2031, 4, 8), ledger.published());
        assertEquals("Local business paper", ledger.perspective());
        assertEquals("harbour-ferry-strike.json", ledger.importedFrom());
        assertEquals(4, plan.facts().size());
        assertEquals(List.of(new NarrativePlan("Workers' narrative", "Northgate Courier",
                        "The crews are defending safe working hours."),
                new NarrativePlan("Port narrative", "Harbour Ledger",
                        "The walkout is unlawful and hurts commuters.")),
                plan.narratives());
    }

    @Test
    void quotesBecomePassagesAtTheirOffsetsInTheirOwnSource() throws Exception {
        StoryPlan plan = reader.read(fixture("harbour-ferry-strike.json"));

        FactPlan second = plan.facts().get(1);
        assertEquals(List.of(new CitationPlan(2, new Passage(51, 105)), new CitationPlan(0, new Passage(73, 127)),
                CitationPlan.wholeSource(2)), second.citations());
        assertEquals(List.of(new CitationPlan(0, new Passage(0, 72))), plan.facts().get(0).citations());
    }

    @Test
    void citationWithoutQuoteCitesTheWholeSourceAndFactMayCiteNothing() throws Exception {
        StoryPlan plan = reader.read(fixture("harbour-ferry-strike.json"));

        assertTrue(plan.facts().get(2).citations().get(0).isWholeSource());
        assertTrue(plan.facts().get(3).citations().isEmpty());
    }

    @Test
    void optionalFieldsTakeTheirDefaults() throws Exception {
        StoryPlan plan = reader.read(story(SOURCE, "{'text': 'Crews walked out.'}"));

        assertEquals("", plan.title());
        assertEquals(HouseStyle.DEFAULT, plan.style());
        assertTrue(plan.narratives().isEmpty());
        assertTrue(plan.facts().get(0).citations().isEmpty());
        SourceDraft draft = plan.sources().get(0).draft();
        assertEquals("", draft.title());
        assertEquals("", draft.author());
        assertEquals("", draft.url());
        assertNull(draft.published());
        assertEquals("", draft.perspective());
    }

    @Test
    void nullMeansTheSameAsLeavingAnOptionalFieldOut() throws Exception {
        StoryPlan plan = reader.read(json("{" + HEAD + ", 'title': null, 'style': null, 'narratives': null, "
                + "'sources': [{'id': 'h1', 'outlet': 'O', 'text': 'T', 'url': null, 'published': null}], "
                + "'facts': [{'text': 'F', 'citations': null}]}"));

        assertEquals("", plan.title());
        assertEquals(HouseStyle.DEFAULT, plan.style());
        assertNull(plan.sources().get(0).draft().published());
    }

    @Test
    void styleWithoutSerialCommaKeepsTheSerialComma() throws Exception {
        StoryPlan plan = reader.read(json("{" + HEAD + ", 'style': {}, 'sources': [], 'facts': []}"));

        assertTrue(plan.style().serialComma());
    }

    @Test
    void pastedJsonIsMarkedAsJsonImport() throws Exception {
        StoryPlan plan = reader.read(story(SOURCE, ""));

        assertEquals("json import", plan.sources().get(0).draft().importedFrom());
    }

    @Test
    void quoteRepeatedInTheSourceIsTakenAtItsFirstOccurrence() throws Exception {
        String source = "{'id': 'h1', 'outlet': 'O', 'text': 'Tolls rose. Fares rose. Tolls rose.'}";

        StoryPlan plan = reader.read(story(source, "{'text': 'F', 'citations': [{'source': 'h1', 'quote': 'Tolls rose.'}]}"));

        assertEquals(new Passage(0, 11), plan.facts().get(0).citations().get(0).passage());
    }

    @Test
    void offsetsCountCharactersOfTextBeyondAscii() throws Exception {
        String source = "{'id': 'h1', 'outlet': 'O', 'text': 'Café “Möwe” closed. Fares rose.'}";

        StoryPlan plan = reader.read(story(source, "{'text': 'F', 'citations': [{'source': 'h1', 'quote': 'Fares rose.'}]}"));

        assertEquals(new Passage(20, 31), plan.facts().get(0).citations().get(0).passage());
    }

    static Stream<Arguments> badStories() {
        String cite = "{'text': 'F', 'citations': [%s]}";
        return Stream.of(
                Arguments.of(json("{'format': 'x', 'version': 1}"), "format: expected \"factdesk.story\", found \"x\""),
                Arguments.of(json("{'version': 1}"), "format: required text is missing"),
                Arguments.of(json("{'format': 7, 'version': 1}"), "format: expected text, found a number"),
                Arguments.of(json("{'format': 'factdesk.story', 'version': 2}"),
                        "version: 2 is newer than this Factdesk reads (1)"),
                Arguments.of(json("{'format': 'factdesk.story', 'version': 0}"),
                        "version: 0 is not a version of this format, which starts at 1"),
                Arguments.of(json("{'format': 'factdesk.story', 'version': '1'}"),
                        "version: expected a whole number, found text"),
                Arguments.of(json("{'format': 'factdesk.story', 'version': 1.5}"),
                        "version: expected a whole number, found a number"),
                Arguments.of(json("{'format': 'factdesk.story'}"), "version: required number is missing"),
                Arguments.of(json("{'format': 'factdesk.story', 'version': 1, 'sources': [], 'facts': []}"),
                        "lede: required text is missing"),
                Arguments.of(json("{" + HEAD + ", 'facts': []}"), "sources: required list is missing"),
                Arguments.of(json("{" + HEAD + ", 'sources': {}, 'facts': []}"),
                        "sources: expected a list, found an object"),
                Arguments.of(json("{" + HEAD + ", 'sources': []}"), "facts: required list is missing"),
                Arguments.of(json("{" + HEAD + ", 'sources': [], 'facts': [], 'subtitle': 'x'}"),
                        "subtitle: unknown field"),
                Arguments.of(json("{" + HEAD + ", 'style': true, 'sources': [], 'facts': []}"),
                        "style: expected an object, found true"),
                Arguments.of(json("{" + HEAD + ", 'style': {'serialComma': 'yes'}, 'sources': [], 'facts': []}"),
                        "style.serialComma: expected true or false, found text"),
                Arguments.of(story(SOURCE + ", 'Valecast Radio'", ""), "sources[1]: expected an object, found text"),
                Arguments.of(story(SOURCE + ", {'id': 'v1', 'text': 'T'}", ""),
                        "sources[1].outlet: required text is missing"),
                Arguments.of(story("{'id': 'h1', 'outlet': 12, 'text': 'T'}", ""),
                        "sources[0].outlet: expected text, found a number"),
                Arguments.of(story("{'id': 'h1', 'outlet': 'O'}", ""), "sources[0].text: required text is missing"),
                Arguments.of(story("{'id': 'h1', 'outlet': '  ', 'text': 'T'}", ""),
                        "sources[0].outlet: must not be blank"),
                Arguments.of(story("{'id': 'h1', 'outlet': 'O', 'text': '\\n '}", ""),
                        "sources[0].text: must not be blank"),
                Arguments.of(story("{'outlet': 'O', 'text': 'T'}", ""), "sources[0].id: required text is missing"),
                Arguments.of(story("{'id': ' ', 'outlet': 'O', 'text': 'T'}", ""), "sources[0].id: must not be empty"),
                Arguments.of(story(SOURCE + ", {'id': 'v1', 'outlet': 'O', 'text': 'T'}, " + SOURCE, ""),
                        "sources[2].id: \"h1\" is already the id of sources[0]"),
                Arguments.of(story("{'id': 'h1', 'outlet': 'O', 'text': 'T', 'published': '12/09/2023'}", ""),
                        "sources[0].published: \"12/09/2023\" is not a date like 2023-09-12"),
                Arguments.of(story("{'id': 'h1', 'outlet': 'O', 'text': 'T', 'published': '2031-02-30'}", ""),
                        "sources[0].published: \"2031-02-30\" is not a date like 2023-09-12"),
                Arguments.of(story("{'id': 'h1', 'outlet': 'O', 'text': 'T', 'published': 20310208}", ""),
                        "sources[0].published: expected text, found a number"),
                Arguments.of(story("{'id': 'h1', 'outlet': 'O', 'text': 'T', 'publshed': '2031-02-08'}", ""),
                        "sources[0].publshed: unknown field"),
                Arguments.of(story(SOURCE, "{'citations': []}"), "facts[0].text: required text is missing"),
                Arguments.of(story(SOURCE, "{'text': 'F'}, {'text': 'G', 'citations': {'source': 'h1'}}"),
                        "facts[1].citations: expected a list, found an object"),
                Arguments.of(story(SOURCE, String.format(cite, "'h1'")),
                        "facts[0].citations[0]: expected an object, found text"),
                Arguments.of(story(SOURCE, String.format(cite, "{'source': 'zz'}")),
                        "facts[0].citations[0].source: no source has the id \"zz\""),
                Arguments.of(story(SOURCE, String.format(cite, "{'quote': 'Crews walked out'}")),
                        "facts[0].citations[0].source: required text is missing"),
                Arguments.of(story(SOURCE, "{'text': 'F'}, " + String.format(cite,
                                "{'source': 'h1'}, {'source': 'h1', 'quote': 'The union struck.'}")),
                        "facts[1].citations[1]: quote not found in source h1"),
                Arguments.of(story(SOURCE, String.format(cite, "{'source': 'h1', 'quote': 'crews walked out'}")),
                        "facts[0].citations[0]: quote not found in source h1"),
                Arguments.of(story(SOURCE, String.format(cite, "{'source': 'h1', 'quote': ''}")),
                        "facts[0].citations[0].quote: is empty; leave it out to cite the whole source"),
                Arguments.of(story(SOURCE, String.format(cite, "{'source': 'h1', 'page': 3}")),
                        "facts[0].citations[0].page: unknown field"),
                Arguments.of(json("{" + HEAD + ", 'sources': [], 'facts': [], "
                                + "'narratives': [{'label': 'L', 'text': 'T'}]}"),
                        "narratives[0].providedBy: required text is missing"),
                Arguments.of(json("{" + HEAD + ", 'sources': [], 'facts': [], 'narratives': 'none'}"),
                        "narratives: expected a list, found text"),
                Arguments.of(json("[]"), "file: expected an object, found a list"),
                Arguments.of("", "file: is empty, expected a Factdesk story"),
                Arguments.of("  \n ", "file: is empty, expected a Factdesk story"));
    }

    @ParameterizedTest
    @MethodSource("badStories")
    void badStoryIsRejectedWithItsPlaceAndProblem(String json, String expectedMessage) {
        assertEquals(expectedMessage, placeAndProblemOf(json));
    }

    @Test
    void quoteMissingFromSourceNamesItsPlace() {
        StoryJsonException error = assertThrows(StoryJsonException.class, () -> reader.read(story(SOURCE,
                "{'text': 'F'}, {'text': 'F'}, {'text': 'F'}, "
                        + "{'text': 'F', 'citations': [{'source': 'h1', 'quote': 'The mayor resigned.'}]}")));

        assertEquals("facts[3].citations[0]", error.place());
        assertEquals("facts[3].citations[0]: line 1, column 271: quote not found in source h1", error.getMessage());
    }

    @Test
    void newerVersionIsReportedBeforeFieldsThisVersionDoesNotKnow() {
        assertEquals("version: line 1, column 41: 2 is newer than this Factdesk reads (1)",
                errorOf(json("{'format': 'factdesk.story', 'version': 2, 'audio': [], 'facts': 'later'}")));
    }

    @Test
    void longValuesAreCutShortInMessages() {
        String format = "x".repeat(100);

        String message = errorOf(json("{'format': '" + format + "', 'version': 1}"));

        assertEquals("format: line 1, column 12: expected \"factdesk.story\", found \"" + "x".repeat(40) + "…\"",
                message);
    }

    static Stream<Arguments> syntaxErrors() {
        return Stream.of(
                Arguments.of("{\n  \"format\": \"factdesk.story\",\n}", "line 3, column 1: JSON syntax error: unexpected character ('}')"),
                Arguments.of("{\n  \"format\": \"factdesk.story\",\n  \"sources\": [1, 2", "line 3, column 19: JSON syntax error: unexpected end-of-input"),
                Arguments.of("{\"format\": tru}", "line 1, column 15: JSON syntax error: unrecognized token 'tru'"),
                Arguments.of("{\"format\": 'x'}", "line 1, column 12: JSON syntax error: unexpected character"),
                Arguments.of("{\"lede\": \"a\", \"lede\": \"b\"}",
                        "line 1, column 21: JSON syntax error: duplicate field 'lede'"),
                Arguments.of("{\"lede\": \"a\"} {\"lede\": \"b\"}",
                        "line 1, column 15: unexpected text after the end of the story"));
    }

    @ParameterizedTest
    @MethodSource("syntaxErrors")
    void syntaxErrorNamesLineAndColumn(String json, String expectedStart) {
        String message = errorOf(json);

        assertTrue(message.startsWith(expectedStart), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\": 1,}", "{\"a\": [1, 2", "{\"a\": \"x", "{\"a\": \"x\ny\"}", "{\"a\": 01}", "{'a': 1}",
            "}", "{\"a\": [1, 2}", "{\"a\": NaN}", "{\"a\": 1 // note\n}", "{/* note */}"})
    void syntaxErrorHasNoJacksonNoise(String json) {
        String message = errorOf(json);

        assertTrue(message.startsWith("line "), message);
        for (String noise : List.of("com.fasterxml", "Jackson", "Source:", "REDACTED", "StreamReadFeature",
                "(code ", "\n", "CTRL-CHAR", "starting at", "column 0", "()", "JsonReadFeature", "ALLOW_",
                "not enabled", "enable")) {
            assertFalse(message.contains(noise), message);
        }
    }

    static Stream<Arguments> unclosedValues() {
        return Stream.of(
                Arguments.of("{\"a\": [1, 2}", "line 1, column 12: JSON syntax error: unexpected close marker '}': "
                        + "expected ']' (the array opened at line 1, column 7)"),
                Arguments.of("[1,\n {\"b\": 2]", "line 2, column 9: JSON syntax error: unexpected close marker ']': "
                        + "expected '}' (the object opened at line 2, column 2)"),
                Arguments.of("{\"a\": [1, 2", "line 1, column 12: JSON syntax error: unexpected end-of-input: "
                        + "expected close marker for Array (it opened at line 1, column 7)"),
                // Jackson puts the top of the file at column 0; the top opens nothing worth pointing at.
                Arguments.of("}", "line 1, column 1: JSON syntax error: unexpected close marker '}': expected ']'"));
    }

    @ParameterizedTest
    @MethodSource("unclosedValues")
    void aSyntaxErrorInsideAnUnclosedValueSaysWhereThatValueOpened(String json, String expected) {
        assertEquals(expected, errorOf(json));
    }
}
