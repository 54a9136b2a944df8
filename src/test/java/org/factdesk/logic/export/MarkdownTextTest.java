package org.factdesk.logic.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '→', value = {
            "Plain words, kept (as typed).      → Plain words, kept (as typed).",
            "[click](javascript:alert(1))       → \\[click\\](javascript:alert(1))",
            "![pier](https://evil.example/x)    → !\\[pier\\](https://evil.example/x)",
            "<https://evil.example>             → \\<https://evil.example\\>",
            "<script>alert(1)</script>          → \\<script\\>alert(1)\\</script\\>",
            "\"><img src=x onerror=alert(1)>    → \"\\>\\<img src=x onerror=alert(1)\\>",
            "# Not a heading                    → \\# Not a heading",
            "- not a bullet                     → \\- not a bullet",
            "+ not a bullet                     → \\+ not a bullet",
            "---                                → \\---",
            "1. not a numbered item             → 1\\. not a numbered item",
            "2) nor this                        → 2\\) nor this",
            "Pier 4. Closed - for now + later   → Pier 4. Closed - for now + later",
            "> not a quote                      → \\> not a quote",
            "*bold* _em_ **b** ~~gone~~         → \\*bold\\* \\_em\\_ \\*\\*b\\*\\* \\~\\~gone\\~\\~",
            "`code`                             → \\`code\\`",
            "a | b                              → a \\| b",
            "&lt;b&gt; & co                     → \\&lt;b\\&gt; \\& co",
            "{: onclick=x}                      → \\{: onclick=x\\}",
            "back\\slash                        → back\\\\slash",
            "javascript:alert(1)                → javascript:alert(1)"})
    void userTextCannotBecomeMarkup(String text, String expected) {
        assertEquals(expected, MarkdownText.escape(text));
    }

    @ParameterizedTest
    @MethodSource("multiLineTexts")
    void userTextStaysOnOneLine(String text, String expected) {
        assertEquals(expected, MarkdownText.escape(text));
    }

    static Stream<Arguments> multiLineTexts() {
        return Stream.of(
                Arguments.of("line one\nline two", "line one line two"),
                Arguments.of("line one\r\n\r\n# two", "line one \\# two"),
                Arguments.of("x\u2028- y\u2029z", "x - y z"),
                Arguments.of("  padded \t", "padded"));
    }
}
