package org.factdesk.logic.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunningLinesTest {

    private static PdfLine at(String text, float baseline) {
        return new PdfLine(text, 72, 400, baseline, 11);
    }

    /** A page of body lines, with the header and footer given (null for none). */
    private static List<PdfLine> page(String header, String footer, String... body) {
        List<PdfLine> lines = new ArrayList<>();
        if (header != null) {
            lines.add(at(header, 50));
        }
        for (int i = 0; i < body.length; i++) {
            lines.add(at(body[i], 100 + i * 14));
        }
        if (footer != null) {
            lines.add(at(footer, 740));
        }
        return lines;
    }

    private static List<List<String>> texts(List<List<PdfLine>> pages) {
        return pages.stream().map(page -> page.stream().map(PdfLine::text).toList()).toList();
    }

    @Test
    void aHeaderAndPageNumbersOnEveryPageAreDropped() {
        List<List<PdfLine>> pages = List.of(
                page("The Marrowby Tidings", "Page 1 of 3", "The ferry is late.", "Again."),
                page("The Marrowby Tidings", "Page 2 of 3", "The crane is broken."),
                page("The Marrowby Tidings", "Page 3 of 3", "The board will meet."));

        assertEquals(List.of(List.of("The ferry is late.", "Again."), List.of("The crane is broken."),
                List.of("The board will meet.")), texts(RunningLines.dropped(pages)));
    }

    @Test
    void aRunningLineMissingFromTheTitlePageIsStillDropped() {
        List<List<PdfLine>> pages = List.of(page(null, null, "Harbour news", "The ferry is late."),
                page("Harbour news, 12 March", "2", "The crane is broken."),
                page("Harbour news, 13 March", "3", "The board will meet."),
                page("Harbour news, 14 March", "4", "The quay is shut."));

        assertEquals(List.of(List.of("Harbour news", "The ferry is late."), List.of("The crane is broken."),
                List.of("The board will meet."), List.of("The quay is shut.")), texts(RunningLines.dropped(pages)));
    }

    @Test
    void aLineAtTheTopOfOnlySomePagesIsKept() {
        List<List<PdfLine>> pages = List.of(page("Continued", null, "The ferry is late.", "Again and again."),
                page(null, null, "The crane is broken.", "Still."), page(null, null, "The board will meet.", "Soon."),
                page("Continued", null, "The quay is shut.", "For now."), page(null, null, "Ends.", "Here."));

        assertEquals(texts(pages), texts(RunningLines.dropped(pages)));
    }

    @Test
    void aSentenceRepeatedInTheMiddleOfPagesIsKept() {
        String chorus = "The harbour master said no.";
        List<List<PdfLine>> pages = List.of(page(null, null, "One.", "Two.", chorus, "Three.", "Four."),
                page(null, null, "Five.", "Six.", chorus, "Seven.", "Eight."));

        assertEquals(texts(pages), texts(RunningLines.dropped(pages)));
    }

    @Test
    void aSinglePageKeepsEveryLine() {
        List<List<PdfLine>> pages = List.of(page("The Marrowby Tidings", "1", "The ferry is late."));

        assertEquals(texts(pages), texts(RunningLines.dropped(pages)));
    }

    @Test
    void theHeaderIsFoundByPositionWhereverItComesInThePage() {
        List<PdfLine> first = new ArrayList<>(page(null, "1", "The ferry is late."));
        first.add(at("The Marrowby Tidings", 50));
        List<PdfLine> second = new ArrayList<>(page(null, "2", "The crane is broken."));
        second.add(at("The Marrowby Tidings", 50));

        assertEquals(List.of(List.of("The ferry is late."), List.of("The crane is broken.")),
                texts(RunningLines.dropped(List.of(first, second))));
    }

    @Test
    void linesAlikeOnEveryPageAreKeptWhenTheyAreAllTheTextThereIs() {
        List<List<PdfLine>> pages = List.of(page(null, null, "Slide 1"), page(null, null, "Slide 2"));

        assertEquals(texts(pages), texts(RunningLines.dropped(pages)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Page 12 of 40 | page # of #",
        "- 7 - | - # -",
        "Harbour  News, 2031 | harbour news, #",
    })
    void digitsCaseAndSpacingAreAlikeInTheKey(String text, String key) {
        assertEquals(key, RunningLines.key(at(text, 0)));
    }
}
