package org.factdesk.logic.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VisibleTextTest {

    static Stream<Arguments> lines() {
        return Stream.of(
                Arguments.of("Harbour Ledger", "Harbour Ledger"),
                Arguments.of("\u001B[2J\u001B[31mFAKE", "<U+001B>[2J<U+001B>[31mFAKE"),
                Arguments.of("title\u0007", "title<U+0007>"),
                Arguments.of("csi\u009B1m", "csi<U+009B>1m"),
                Arguments.of("del\u007F", "del<U+007F>"),
                Arguments.of("two\nlines\tand tab", "two<U+000A>lines<U+0009>and tab"),
                Arguments.of("cr\rback", "cr<U+000D>back"),
                Arguments.of("gnp\u202Efdp.exe", "gnp<U+202E>fdp.exe"),
                Arguments.of("\u2066iso\u2069", "<U+2066>iso<U+2069>"),
                Arguments.of("half \uD800", "half <U+D800>"),
                Arguments.of("\uD83D\uDE00 whole", "\uD83D\uDE00 whole"),
                Arguments.of("\u200Fmark stays", "\u200Fmark stays"),
                Arguments.of("Île", "Île"));
    }

    @ParameterizedTest
    @MethodSource("lines")
    void lineShowsEveryActingCharacterAsItsCode(String text, String shown) {
        assertEquals(shown, VisibleText.line(text));
    }

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("two\nlines\tand tab", "two\nlines\tand tab"),
                Arguments.of("a\u001Bb\nc", "a<U+001B>b\nc"),
                Arguments.of("cr\r\n", "cr<U+000D>\n"),
                Arguments.of("\u202Dover", "<U+202D>over"));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void textKeepsLineFeedsAndTabs(String text, String shown) {
        assertEquals(shown, VisibleText.text(text));
    }
}
