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
    void aDateThatCannotBeReadIsAProblemNamingTheDate(String typed) {
        SourceForm form = filledPaste();
        form.dateProperty().set(typed);

        assertEquals(Set.of(Field.DATE), form.problems().keySet());
        assertTrue(form.problems().get(Field.DATE).startsWith("Date must be"));
        assertThrows(IllegalStateException.class, form::toDraft);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5 Sept 2031", "5 Sep 2031", "September 5, 2031", "Sept. 5, 2031", "2031-09-05",
        "2031-09-05T10:00:00+03:00"})
    void aDateWrittenAsPeopleWriteItIsAccepted(String typed) {
        SourceForm form = filledPaste();
        form.dateProperty().set(typed);

        assertEquals(Set.of(), form.problems().keySet());
        assertEquals(LocalDate.of(2031, 9, 5), form.toDraft().published());
    }

    @Test
    void anAllNumericDateIsRefusedBecauseItsOrderIsNotStated() {
        SourceForm form = filledPaste();
        form.dateProperty().set("05/09/2031");

        assertEquals("Date must be a date such as 2031-06-11, 11 Jun 2031 or June 11, 2031: in 05/09/2031 the order "
                + "of day and month is not stated, so write the month as a word or the date as year-month-day.",
                form.problems().get(Field.DATE));
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

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> brokenFields() {
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of(Field.OUTLET, "Bay\u009BHerald",
                        "Outlet holds a control character (U+009B) at character 4; delete it."),
                org.junit.jupiter.params.provider.Arguments.of(Field.TITLE, "Ferry \uD800",
                        "Title holds a broken character (a lone UTF-16 surrogate) at character 7; delete it."),
                org.junit.jupiter.params.provider.Arguments.of(Field.AUTHOR, "Ana\tReed",
                        "Author holds a tab in a one-line field at character 4; delete it."),
                org.junit.jupiter.params.provider.Arguments.of(Field.URL, "https://bay.example/\u001B",
                        "URL holds a control character (U+001B) at character 21; delete it."),
                org.junit.jupiter.params.provider.Arguments.of(Field.PERSPECTIVE, "local\nnews",
                        "Perspective holds a line break in a one-line field at character 6; delete it."),
                org.junit.jupiter.params.provider.Arguments.of(Field.TEXT, "The ferry\r\nruns \uDC00 on.",
                        "Text holds a broken character (a lone UTF-16 surrogate) at character 16; delete it."),
                org.junit.jupiter.params.provider.Arguments.of(Field.TEXT, "Bell\u0007",
                        "Text holds a control character (U+0007) at character 5; delete it."));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("brokenFields")
    void aCharacterNoFieldMayHoldIsAProblemNamingItsField(Field field, String value, String problem) {
        SourceForm form = filledPaste();
        javafx.beans.property.StringProperty property = switch (field) {
            case OUTLET -> form.outletProperty();
            case TITLE -> form.titleProperty();
            case AUTHOR -> form.authorProperty();
            case URL -> form.urlProperty();
            case PERSPECTIVE -> form.perspectiveProperty();
            default -> form.textProperty();
        };
        property.set(value);

        assertEquals(java.util.Map.of(field, problem), form.problems());
        assertThrows(IllegalStateException.class, form::toDraft);
    }

    @Test
    void aPastedTextOverTheSourceLimitIsAProblem() {
        SourceForm form = filledPaste();
        form.textProperty().set("w".repeat(org.factdesk.logic.text.TextRules.MAX_SOURCE_CHARS + 1));

        assertEquals(java.util.Map.of(Field.TEXT, "Text is longer than 20 MB, the most a source may hold."),
                form.problems());
    }

    @Test
    void tabsLineBreaksAndBidiMarksInAPastedTextAreFine() {
        SourceForm form = filledPaste();
        form.textProperty().set("Col\tcol\r\nNext \u202Bline\u202C.");

        assertEquals(java.util.Map.of(), form.problems());
        assertEquals("Col\tcol\nNext \u202Bline\u202C.", form.toDraft().text());
    }
}
