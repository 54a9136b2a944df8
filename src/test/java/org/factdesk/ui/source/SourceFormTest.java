package org.factdesk.ui.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.factdesk.model.Source;
import org.factdesk.model.SourceDraft;
import org.factdesk.ui.source.SourceForm.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceFormTest {

    private static SourceForm filledPaste() {
        SourceForm form = SourceForm.forPaste();
        form.outletProperty().set(" Lindqvist Bay Herald ");
        form.titleProperty().set("Ferry to run all winter");
        form.textProperty().set("\r\nThe island ferry keeps its timetable.\r\n\r\nSix crossings a day.\n");
        return form;
    }

    @Test
    void aPastedSourceNeedsAnOutletAndText() {
        SourceForm form = SourceForm.forPaste();

        assertEquals(Set.of(Field.OUTLET, Field.TEXT), form.problems().keySet());
        assertTrue(form.problems().get(Field.OUTLET).startsWith("Outlet is required"));
        assertTrue(form.problems().get(Field.TEXT).startsWith("Text is required"));
    }

    @Test
    void aCompletePasteBecomesADraftMarkedAsPasted() {
        SourceForm form = filledPaste();
        form.dateProperty().set("2031-11-04");

        SourceDraft draft = form.toDraft();

        assertEquals("Lindqvist Bay Herald", draft.outlet());
        assertEquals("The island ferry keeps its timetable.\n\nSix crossings a day.", draft.text());
        assertEquals(LocalDate.of(2031, 11, 4), draft.published());
        assertEquals("pasted", draft.importedFrom());
    }

    @ParameterizedTest
    @ValueSource(strings = {"4/11/2031", "2031-13-01", "2031-02-30", "yesterday"})
    void aDateThatIsNotIsoIsAProblemNamingTheDate(String typed) {
        SourceForm form = filledPaste();
        form.dateProperty().set(typed);

        assertEquals(Set.of(Field.DATE), form.problems().keySet());
        assertTrue(form.problems().get(Field.DATE).startsWith("Date must be"));
        assertThrows(IllegalStateException.class, form::toDraft);
    }

    @Test
    void anEmptyDateMeansUnknown() {
        SourceForm form = filledPaste();
        form.dateProperty().set("  ");

        assertEquals(null, form.toDraft().published());
    }

    @Test
    void aUrlMustBeAWebAddress() {
        SourceForm form = filledPaste();
        form.urlProperty().set("herald.example/ferry");

        assertEquals(Set.of(Field.URL), form.problems().keySet());

        form.urlProperty().set("https://herald.example/ferry");
        assertTrue(form.problems().isEmpty());
    }

    @Test
    void editingKeepsTheSourceAndNeverAsksForText() {
        Source source = new Source(4, "Herald", "Old title", "", "", LocalDate.of(2031, 1, 2), "local news",
                "ferry.html", Instant.EPOCH);
        SourceForm form = SourceForm.forEditing(source);
        assertEquals("2031-01-02", form.dateProperty().get());

        form.titleProperty().set("New title");
        Source edited = form.applyTo(source);

        assertTrue(form.problems().isEmpty(), "no text is asked for when editing");
        assertEquals(source.withMetadata("Herald", "New title", "", "", LocalDate.of(2031, 1, 2), "local news"),
                edited);
    }
}
