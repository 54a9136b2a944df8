package org.factdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.factdesk.logic.text.TextRules.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TextEntryGuardTest {

    private TextField line;
    private TextArea text;

    @Start
    void start(Stage stage) {
        line = new TextField();
        text = new TextArea();
        TextEntryGuard.install(line, Kind.LINE);
        TextEntryGuard.install(text, Kind.TEXT);
        stage.setScene(new Scene(new VBox(line, text), 400, 300));
        stage.show();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    /** Enters {@code entered} as a paste does, at the caret after {@code before}. */
    private static String paste(TextInputControl control, String before, String entered) throws Exception {
        return onFx(() -> {
            control.setText(before);
            control.getProperties().remove(TextEntryGuard.NOTE);
            control.positionCaret(before.length());
            control.replaceSelection(entered);
            return control.getText();
        });
    }

    static Stream<Arguments> lineEntries() {
        return Stream.of(
                Arguments.of("Quay ", "\uD800shut", "Quay shut", "a broken character (a lone UTF-16 surrogate)"),
                Arguments.of("", "Red\u009B2J alert", "Red2J alert", "a control character (U+009B)"),
                Arguments.of("Tide", "\uDFFF", "Tide", "a broken character (a lone UTF-16 surrogate)"),
                Arguments.of("", "Two\nlines", "Twolines", null),
                Arguments.of("", "Esc\u001B[31m", "Esc[31m", null),
                Arguments.of("", "Whole \uD83C\uDF0A wave", "Whole \uD83C\uDF0A wave", null));
    }

    @ParameterizedTest
    @MethodSource("lineEntries")
    void oneLineFieldDropsForbiddenCharactersAndKeepsTheRest(String before, String entered, String kept,
                                                             String noted) throws Exception {
        assertEquals(kept, paste(line, before, entered));
        assertNote(line, noted);
    }

    static Stream<Arguments> textEntries() {
        return Stream.of(
                Arguments.of("Lede: ", "first\r\nsecond\rthird", "Lede: first\nsecond\nthird", null),
                Arguments.of("", "tab\tkept\nline kept", "tab\tkept\nline kept", null),
                Arguments.of("", "half \uD83C pair", "half  pair", "a broken character (a lone UTF-16 surrogate)"),
                Arguments.of("Fact ", "with\u0085next line", "Fact withnext line", "a control character (U+0085)"),
                Arguments.of("", "Esc\u001B[31m then\u009B2J", "Esc[31m then2J", "a control character (U+009B)"),
                Arguments.of("", "bidi \u202E stays", "bidi \u202E stays", null));
    }

    @ParameterizedTest
    @MethodSource("textEntries")
    void runningTextFieldDropsForbiddenCharactersAndKeepsTheRest(String before, String entered, String kept,
                                                                 String noted) throws Exception {
        assertEquals(kept, paste(text, before, entered));
        assertNote(text, noted);
    }

    @Test
    void caretEndsAfterWhatWasKept() throws Exception {
        paste(text, "ab", "\uD800cd");

        assertEquals(4, (int) onFx(text::getCaretPosition));
    }

    @Test
    void noteIsShownBesideTheField() throws Exception {
        paste(line, "", "Quay\uDBFF");

        assertTrue(onFx(() -> Window.getWindows().stream().anyMatch(window -> window instanceof Tooltip tip
                && tip.isShowing() && tip.getText().startsWith("Left out a broken character"))));
    }

    private static void assertNote(TextInputControl control, String noted) throws Exception {
        Object note = onFx(() -> control.getProperties().get(TextEntryGuard.NOTE));
        if (noted == null) {
            assertNull(note);
        } else {
            assertEquals("Left out " + noted + " from what was entered; the rest is kept.", note);
        }
    }
}
