package org.factdesk.logic.export;

import static org.factdesk.logic.StoryFixtures.story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.stream.Stream;
import org.factdesk.logic.format.HouseFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlainTextExportTest {

    @Test
    void uncitedStoryHasNoSourcesLineButKeepsBothHeadings() {
        String text = PlainTextExport.render(HouseFormat.format(story()
                .title("Bridge shut").lede("The bridge is shut.").fact("Nobody has said why.").build()));

        assertEquals("Bridge shut\nThe bridge is shut.\nFacts\n- Nobody has said why.\nNarratives", text);
    }

    @Test
    void emptyStoryStillHasItsHeadings() {
        assertEquals("\n\nFacts\nNarratives", PlainTextExport.render(HouseFormat.format(story().title("").build())));
    }

    @Test
    void lineBreaksInsideUserTextBecomeSpaces() {
        String text = PlainTextExport.render(HouseFormat.format(story()
                .title("Bridge\nshut").lede("Lede").source(1, "Port\r\nHerald")
                .fact("Line one\n\nline two\u2028line three.", 1)
                .narrative("Label", "Port Herald", "Text\rmore").build()));

        assertEquals("Bridge shut\nLede\nFacts\n- Line one line two line three.1\nSources: 1Port Herald.\n"
                + "Narratives\n- Label, as provided by Port Herald. Text more", text);
    }

    @Test
    void textEndsWithoutLineBreak() {
        assertFalse(PlainTextExport.render(BridgeClosureStory.formatted()).endsWith("\n"));
    }

    static Stream<Arguments> actingCharacters() {
        return Stream.of(
                Arguments.of("\u001B[2J\u001B[31mBridge", "<U+001B>[2J<U+001B>[31mBridge"),
                Arguments.of("Bridge\u0007", "Bridge<U+0007>"),
                Arguments.of("Bridge\u009B2J", "Bridge<U+009B>2J"),
                Arguments.of("Bridge\u007F", "Bridge<U+007F>"),
                Arguments.of("Bri\u202Eegd", "Bri<U+202E>egd"),
                Arguments.of("\u2066Bridge\u2069", "<U+2066>Bridge<U+2069>"),
                Arguments.of("Half \uD800", "Half <U+D800>"),
                Arguments.of("Tab\tkept", "Tab\tkept"),
                Arguments.of("\uD83C\uDF09 Bridge", "\uD83C\uDF09 Bridge"));
    }

    @ParameterizedTest
    @MethodSource("actingCharacters")
    void charactersThatCouldActOnATerminalAreWrittenAsCodesInEveryField(String raw, String shown) {
        String text = PlainTextExport.render(HouseFormat.format(story()
                .title(raw).lede(raw).source(1, raw).fact(raw, 1).narrative(raw, raw, raw).build()));

        assertEquals(shown + "\n" + shown + "\nFacts\n- " + shown + "1\nSources: 1" + shown + ".\nNarratives\n- "
                + shown + ", as provided by " + shown + ". " + shown, text);
    }
}
