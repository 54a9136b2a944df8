package org.factdesk.logic.export;

import static org.factdesk.logic.StoryFixtures.story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdesk.logic.format.FormattedStory;
import org.factdesk.logic.format.FormattedStory.FormattedNarrative;
import org.factdesk.logic.format.HouseFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A narrative with a blank part reads the same in every format: a blank label is called "Narrative", a blank
 * provider drops "as provided by", a blank text ends the line after the clause. No format writes a dangling
 * comma or an empty sentence.
 */
class NarrativeLineTest {

    @ParameterizedTest(name = "[{0}|{1}|{2}] -> {3}{4}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Ferry-first narrative | Port Herald | Keep the boats. | Ferry-first narrative | , as provided by Port Herald. Keep the boats.
            ""                    | Port Herald | Wait.           | Narrative             | , as provided by Port Herald. Wait.
            "   "                 | Port Herald | Wait.           | Narrative             | , as provided by Port Herald. Wait.
            Ferry-first narrative | ""          | Keep the boats. | Ferry-first narrative | . Keep the boats.
            Ferry-first narrative | Port Herald | ""              | Ferry-first narrative | , as provided by Port Herald.
            ""                    | ""          | Keep the boats. | Narrative             | . Keep the boats.
            ""                    | Port Herald | ""              | Narrative             | , as provided by Port Herald.
            """)
    void everyFormatWritesTheSameLine(String label, String providedBy, String text, String shownLabel,
            String afterLabel) {
        FormattedStory formatted = HouseFormat.format(story().title("Quay ferries").fact("Boats stopped.")
                .narrative(label, providedBy, text).build());
        String line = shownLabel + afterLabel;

        assertEquals(List.of(line), formatted.narratives().stream().map(FormattedNarrative::line).toList());
        String plain = PlainTextExport.render(formatted);
        assertTrue(plain.endsWith("\nNarratives\n- " + line), plain);
        String markdown = MarkdownExport.render(formatted);
        assertTrue(markdown.endsWith("## Narratives\n\n- **" + shownLabel + "**" + afterLabel + "\n"), markdown);
        String html = HtmlExport.render(formatted);
        assertTrue(html.contains("<li><strong>" + shownLabel + "</strong>" + afterLabel + "</li>"), html);
    }
}
