package org.factdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.Property;
import org.factdesk.model.Excerpt;
import org.factdesk.model.Source;
import org.junit.jupiter.api.Test;

class EditorSelectionTest {

    private final EditorSelection selection = new EditorSelection();

    @Test
    void noPropertyItHandsOutCanBeWritten() throws Exception {
        for (Method method : EditorSelection.class.getMethods()) {
            if (method.getName().endsWith("Property")) {
                Object property = method.invoke(selection);
                assertFalse(property instanceof Property<?>, method.getName() + " hands out a writable property");
            }
        }
    }

    @Test
    void revealingTheSameExcerptTwiceAsksTwiceAndSelectsItsSource() {
        Source harbour = new Source(7, "Harbour Gazette", "Tide report", "", "", null, "", "", java.time.Instant.EPOCH);
        Excerpt excerpt = new Excerpt(3, 7, 0, 19, "the tide rose early", "", "");
        List<Excerpt> asked = new ArrayList<>();
        selection.revealedExcerptProperty().addListener((observable, old, now) -> {
            if (now != null) {
                asked.add(now);
            }
        });

        selection.reveal(harbour, excerpt);
        selection.reveal(null, excerpt);

        assertEquals(List.of(excerpt, excerpt), asked);
        assertSame(harbour, selection.selectedSourceProperty().get(), "a reveal without a source keeps the one shown");
    }

    @Test
    void intentionsChangeOnlyWhatTheyName() {
        selection.selectFact(12);
        selection.clearPassage();
        assertEquals(12, selection.selectedFactIdProperty().get());
        assertNull(selection.selectedPassageProperty().get());
        assertNull(selection.selectedSourceProperty().get());
    }
}
