package org.factdesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IgnoredFindingTest {

    private static final Instant MONDAY = Instant.parse("2031-03-03T09:15:00Z");
    private static final Map<String, String> COPIED = Map.of("story", "story", "fact-4", "fact-90",
            "narrative-2", "narrative-31");

    private static IgnoredFinding ignored(String key) {
        return new IgnoredFinding(7, key, "imogen", MONDAY);
    }

    @Test
    void aCarriedIgnoreNamesTheCopiedElementInTheNewStoryAndKeepsWhoAndWhen() {
        assertEquals(Optional.of(new IgnoredFinding(12, "number:fact-90:3f1a00aa00bb00cc", "imogen", MONDAY)),
                ignored("number:fact-4:3f1a00aa00bb00cc").carriedTo(12, COPIED));
        assertEquals("narrative:narrative-31:ab", ignored("narrative:narrative-2:ab").carriedTo(12, COPIED)
                .orElseThrow().key());
    }

    @Test
    void anIgnoreOfTheWholeStoryIsCarriedAsItIs() {
        assertEquals("outlets:story:ab", ignored("outlets:story:ab").carriedTo(12, COPIED).orElseThrow().key());
    }

    /** An old id left in a key could hide the finding of whatever element the copy gives that id. */
    @ParameterizedTest
    @ValueSource(strings = {"number:fact-5:ab", "quote:narrative-4:ab", "no colons at all", "number:fact-4"})
    void anIgnoreOfAnElementTheCopyLacksOrOfAnUnreadableKeyIsNotCarried(String key) {
        assertEquals(Optional.empty(), ignored(key).carriedTo(12, COPIED));
    }

    @Test
    void aDigestHoldingAColonIsKeptWhole() {
        assertEquals("odd:fact-90:a:b", ignored("odd:fact-4:a:b").carriedTo(12, COPIED).orElseThrow().key());
    }
}
