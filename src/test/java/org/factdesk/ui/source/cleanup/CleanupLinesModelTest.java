package org.factdesk.ui.source.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.factdesk.logic.cleanup.CleanupProposal;
import org.junit.jupiter.api.Test;

/** The clean-up view's model: the proposal marked, the editor's toggles, the count and the resulting text. */
class CleanupLinesModelTest {

    private static final String PARAGRAPH_ONE = "The harbour board of Tarn Bay voted on Thursday to rebuild the "
            + "crumbling north wall of the old quay before the spring tides reach it.";
    private static final String PARAGRAPH_TWO = "Fishermen who moor along the wall will move to the east pontoon "
            + "while the stone is lifted, numbered and set back in its place by hand.";
    private static final String PAGE = String.join("\n\n", "Home | News | Sport | Weather", "4°C",
            PARAGRAPH_ONE, "Photo: Harbour Board", PARAGRAPH_TWO, "Photo: Harbour Board", "Latest Posts", "Gull count rises");

    private final CleanupLinesModel model = new CleanupLinesModel(PAGE, CleanupProposal.propose(PAGE));

    @Test
    void theProposalIsMarkedWithItsReasonsInWords() {
        assertEquals(List.of("looks like navigation", "before the article", "", "repeated", "", "repeated",
                "site box after the article", "site box after the article"), notes());
        assertEquals(6, model.droppedCountProperty().get());
        assertEquals("6 of 8 lines will be dropped", model.summaryProperty().get());
        assertEquals(PARAGRAPH_ONE + "\n\n" + PARAGRAPH_TWO, model.resultText());
    }

    @Test
    void togglingKeepsAProposedLineAndDropsAKeptOne() {
        model.toggle(1);
        assertEquals("kept, though before the article", model.lines().get(1).note());
        assertTrue(model.lines().get(1).changedByEditor());
        assertEquals("5 of 8 lines will be dropped", model.summaryProperty().get());
        assertEquals("4°C\n\n" + PARAGRAPH_ONE + "\n\n" + PARAGRAPH_TWO, model.resultText());

        model.toggle(4);
        assertEquals("dropped by you", model.lines().get(4).note());
        assertEquals("6 of 8 lines will be dropped", model.summaryProperty().get());
        assertEquals("4°C\n\n" + PARAGRAPH_ONE, model.resultText());

        model.toggle(4);
        assertEquals("", model.lines().get(4).note());
        assertFalse(model.lines().get(4).changedByEditor());
    }

    @Test
    void keepingEveryLineGivesTheExtractedTextAndAcceptingTheProposalUndoesEveryToggle() {
        model.toggle(2);
        model.keepEveryLine();
        assertEquals(0, model.droppedCountProperty().get());
        assertEquals("All 8 lines are kept", model.summaryProperty().get());
        assertEquals(PAGE, model.resultText());
        assertTrue(model.keepsAnyLine());

        model.acceptProposal();
        assertEquals(Set.of(0, 1, 3, 5, 6, 7), model.droppedIndexes());
        assertEquals(PARAGRAPH_ONE + "\n\n" + PARAGRAPH_TWO, model.resultText());
    }

    @Test
    void keepingEveryLineOfAHardWrappedTextKeepsItsParagraphsAsTheyWere() {
        String wrapped = "The ferry keeps its winter timetable,\nthe island council said on Monday.\n\nSailings "
                + "start at seven.";
        CleanupLinesModel lines = new CleanupLinesModel(wrapped, CleanupProposal.propose(wrapped));

        assertEquals(0, lines.droppedCountProperty().get());
        assertEquals(wrapped, lines.resultText());
        lines.toggle(2);
        assertEquals("The ferry keeps its winter timetable,\n\nthe island council said on Monday.",
                lines.resultText(), "once a line is dropped, each kept line is a paragraph");
    }

    @Test
    void droppingEveryLineLeavesNoTextToAdd() {
        model.keepEveryLine();
        IntStream.range(0, 8).forEach(model::toggle);

        assertFalse(model.keepsAnyLine());
        assertEquals("8 of 8 lines will be dropped", model.summaryProperty().get());
        assertEquals("", model.resultText());
    }

    @Test
    void aTenThousandLineTextIsMarkedAndToggledQuickly() {
        String text = IntStream.range(0, 10_000).mapToObj(i -> i % 50 == 0 ? "Advertisement"
                : "Line " + i + " of a very long council minute, which lists every berth let on the quay this year.")
                .collect(Collectors.joining("\n"));
        CleanupLinesModel big = new CleanupLinesModel(text, CleanupProposal.propose(text));
        assertEquals(200, big.droppedCountProperty().get());

        long start = System.nanoTime();
        for (int i = 0; i < 1_000; i++) {
            big.toggle(i * 10);
        }
        big.resultText();
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "a toggle does not walk the whole text");
        // 200 proposed drops among the toggled lines are kept again; the 800 other toggled lines are dropped.
        assertEquals("800 of 10000 lines will be dropped", big.summaryProperty().get());
    }

    private List<String> notes() {
        return model.lines().stream().map(CleanupLine::note).toList();
    }
}
