package org.factdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.factdesk.logic.importing.PastedSource;
import org.factdesk.logic.importing.SourceFileReader;
import org.factdesk.logic.interchange.StoryJsonReader;
import org.factdesk.logic.interchange.StoryPlan;
import org.factdesk.model.Source;
import org.factdesk.ui.source.SourceForm;
import org.factdesk.ui.source.SourceForm.Field;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Source text is held with {@code \n} line ends (docs/decisions/0009): a {@code \r\n} or a lone {@code \r} arrives
 * as {@code \n} from every way a text comes in, so that offsets count the characters the source view shows.
 */
class SourceLineEndsTest {

    private static final String EXPECTED = "Harbour notes.\nThe ferry sails at six.\n\nIt returns at nine.";

    @TempDir
    Path folder;

    private static String withEnds(String lineEnd) {
        return EXPECTED.replace("\n", lineEnd);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r\n", "\r"})
    void thePasteDialogKeepsLineFeedsOnly(String lineEnd) {
        SourceForm form = SourceForm.forPaste();
        form.outletProperty().set("Tarn Bay Courier");
        form.textProperty().set(withEnds(lineEnd));

        assertEquals(EXPECTED, form.toDraft().text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r\n", "\r"})
    void aPasteFromTheClipboardKeepsLineFeedsOnly(String lineEnd) throws Exception {
        assertEquals(EXPECTED, PastedSource.fromText(withEnds(lineEnd)).draft().text());
        assertEquals("The ferry sails at six.\n\nIt returns at nine.", PastedSource.fromHtml("<p>The ferry sails"
                + lineEnd + "at six.</p>" + lineEnd + "<p>It returns" + lineEnd + "at nine.</p>").draft().text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"notes.txt", "notes.md"})
    void aPlainFileKeepsLineFeedsOnly(String name) throws Exception {
        for (String lineEnd : new String[] {"\r\n", "\r"}) {
            Path file = Files.writeString(folder.resolve(name), withEnds(lineEnd), StandardCharsets.UTF_8);

            assertEquals(EXPECTED, new SourceFileReader().read(file).text(), "line end " + escaped(lineEnd));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r\n", "\r"})
    void anHtmlFileKeepsLineFeedsOnly(String lineEnd) throws Exception {
        String page = "<html><head><title>Harbour notes</title></head><body>" + lineEnd
                + "<pre>The ferry sails" + lineEnd + "at six.</pre>" + lineEnd
                + "<p>It returns" + lineEnd + "at nine.</p>" + lineEnd + "</body></html>";
        Path file = Files.writeString(folder.resolve("notes.html"), page, StandardCharsets.UTF_8);

        // A page's line breaks are white space inside a paragraph; paragraphs are parted by a blank line.
        assertEquals("The ferry sails at six.\n\nIt returns at nine.", new SourceFileReader().read(file).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r\n", "\r"})
    void anEmailKeepsLineFeedsOnly(String lineEnd) throws Exception {
        String mail = "From: Tarn Bay Courier <desk@courier.example>\nSubject: Harbour notes\n"
                + "Content-Type: text/plain; charset=utf-8\n\n" + EXPECTED + "\n";
        Path file = Files.writeString(folder.resolve("notes.eml"), mail.replace("\n", lineEnd), StandardCharsets.UTF_8);

        assertEquals(EXPECTED, new SourceFileReader().read(file).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\r\\n", "\\r"})
    void aStoryJsonSourceKeepsLineFeedsOnly(String lineEnd) throws Exception {
        String json = "{\"format\": \"factdesk.story\", \"version\": 1, \"title\": \"Ferry times\", \"lede\": \"L\","
                + " \"sources\": [{\"id\": \"a\", \"outlet\": \"Tarn Bay Courier\", \"text\": \""
                + EXPECTED.replace("\n", lineEnd) + "\"}],"
                + " \"facts\": [{\"text\": \"The ferry sails at six.\", \"citations\": [{\"source\": \"a\","
                + " \"quote\": \"notes." + lineEnd + "The ferry\"}]}]}";

        StoryPlan plan = new StoryJsonReader().read(json);

        assertEquals(EXPECTED, plan.sources().get(0).draft().text());
        assertEquals("notes.\nThe ferry", EXPECTED.substring(plan.facts().get(0).citations().get(0).passage().start(),
                plan.facts().get(0).citations().get(0).passage().end()));
    }

    /** The details form edits metadata only (a {@link Source} holds no text): one-line fields take no break. */
    @ParameterizedTest
    @ValueSource(strings = {"\r\n", "\r", "\n"})
    void theDetailsFormTakesNoLineBreak(String lineEnd) {
        Source source = new Source(7, "Tarn Bay Courier", "Ferry times", "", "", null, "", "notes.txt",
                Instant.parse("2031-05-02T08:00:00Z"));
        SourceForm form = SourceForm.forEditing(source);
        form.titleProperty().set("Ferry" + lineEnd + "times");

        assertTrue(form.problems().containsKey(Field.TITLE), form.problems().toString());
        assertTrue(!form.asksForText());
    }

    private static String escaped(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n");
    }
}
