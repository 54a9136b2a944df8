package org.factdesk.logic.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.factdesk.logic.text.TextRules.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextRulesTest {

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("Tidewater \uD800 votes", Kind.TEXT, "a broken character (a lone UTF-16 surrogate) at character 11"),
                Arguments.of("\uDC00", Kind.LINE, "a broken character (a lone UTF-16 surrogate) at character 1"),
                Arguments.of("ends high \uDBFF", Kind.TEXT, "a broken character (a lone UTF-16 surrogate) at character 11"),
                Arguments.of("swapped \uDE00\uD83D pair", Kind.TEXT, "a broken character (a lone UTF-16 surrogate) at character 9"),
                Arguments.of("\uD83D\uDE00 then \uD800", Kind.TEXT, "a broken character (a lone UTF-16 surrogate) at character 8"),
                Arguments.of("red\u001B[31m", Kind.TEXT, "a control character (U+001B) at character 4"),
                Arguments.of("bell\u0007", Kind.LINE, "a control character (U+0007) at character 5"),
                Arguments.of("nul\u0000", Kind.TEXT, "a control character (U+0000) at character 4"),
                Arguments.of("del\u007F", Kind.TEXT, "a control character (U+007F) at character 4"),
                Arguments.of("csi\u009B2J", Kind.TEXT, "a control character (U+009B) at character 4"),
                Arguments.of("c1\u0085", Kind.LINE, "a control character (U+0085) at character 3"),
                Arguments.of("feed\u000C", Kind.TEXT, "a control character (U+000C) at character 5"),
                Arguments.of("cr\r", Kind.TEXT, "a control character (U+000D) at character 3"),
                Arguments.of("two\nlines", Kind.LINE, "a line break in a one-line field at character 4"),
                Arguments.of("cr\rtitle", Kind.LINE, "a line break in a one-line field at character 3"),
                Arguments.of("tab\there", Kind.LINE, "a tab in a one-line field at character 4"));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void forbiddenCharacterIsNamedWithItsPosition(String text, Kind kind, String expected) {
        TextRules.Problem problem = TextRules.firstProblem(text, kind).orElseThrow();

        assertEquals(expected, problem.describe(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Plain words.", "Crews walked out.\nThe union spoke.", "col\tcol",
            "\uD83D\uDE00 emoji pairs are whole", "\u05E9\u05DC\u05D5\u05DD \u202Bembedded\u202C",
            "\u2066isolate\u2069", "\u200Fmark", "non\u00A0break", "\u2028"})
    void ordinaryRunningTextIsAllowed(String text) {
        assertTrue(TextRules.allows(text, Kind.TEXT), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Harbour Ledger", "Île de Sable Radio", "\uD83D\uDCF0 News", "a\u202Eb"})
    void ordinaryLinesAreAllowed(String text) {
        assertTrue(TextRules.allows(text, Kind.LINE), text);
    }

    static Stream<Arguments> stripped() {
        return Stream.of(
                Arguments.of("keep \uD800this", Kind.TEXT, "keep this"),
                Arguments.of("a\r\nb\rc", Kind.TEXT, "a\nb\nc"),
                Arguments.of("a\r\nb", Kind.LINE, "ab"),
                Arguments.of("x\u001B[0my", Kind.TEXT, "x[0my"),
                Arguments.of("x\u009By\tz", Kind.LINE, "xyz"),
                Arguments.of("\uD83D\uDE00 stays", Kind.LINE, "\uD83D\uDE00 stays"),
                Arguments.of("nothing to do", Kind.LINE, "nothing to do"));
    }

    @ParameterizedTest
    @MethodSource("stripped")
    void strippingKeepsEverythingElse(String typed, Kind kind, String kept) {
        assertEquals(kept, TextRules.withoutForbidden(typed, kind));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void strippedTextIsAlwaysAllowed(Kind kind) {
        String hostile = "\uD800a\u0000b\r\nc\u009Bd\te\u007F\uDFFF";

        assertTrue(TextRules.allows(TextRules.withoutForbidden(hostile, kind), kind));
    }

    static Stream<Arguments> lineEnds() {
        return Stream.of(Arguments.of("a\r\nb", "a\nb"), Arguments.of("a\rb", "a\nb"),
                Arguments.of("a\r\r\nb", "a\n\nb"), Arguments.of("a\n\rb", "a\n\nb"), Arguments.of("ab", "ab"),
                Arguments.of("\r", "\n"));
    }

    @ParameterizedTest
    @MethodSource("lineEnds")
    void lineEndsBecomeLineFeeds(String text, String expected) {
        assertEquals(expected, TextRules.normaliseLineEnds(text));
    }
}
