package org.factdesk.logic.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceAndKeyTest {

    @Test
    void placesPrintAsTheJsonInterchangeCountsThemAndSortInReadingOrder() {
        List<Place> places = new ArrayList<>(List.of(Place.SOURCES, Place.narrative(1), Place.fact(10), Place.LEDE,
                Place.fact(2), Place.TITLE, Place.narrative(0)));
        places.sort(null);

        assertEquals("[title, lede, facts[2], facts[10], narratives[0], narratives[1], sources]", places.toString());
        assertThrows(IllegalArgumentException.class, () -> new Place(Place.Kind.TITLE, 1));
        assertThrows(IllegalArgumentException.class, () -> Place.fact(-1));
    }

    @Test
    void aKeyIgnoresCaseAndSpacingOfTheTextButNotItsWords() {
        String key = FindingKey.of("number", "fact-4", "4.2 million");

        assertEquals(key, FindingKey.of("number", "fact-4", " 4.2  MILLION "));
        assertNotEquals(key, FindingKey.of("number", "fact-4", "4.3 million"));
        assertNotEquals(key, FindingKey.of("number", "fact-5", "4.2 million"));
        assertEquals("number:fact-4:".length() + 16, key.length());
    }

    @Test
    void severitiesPrintAsLowerCaseWordsAndPassagesKeepTheirOrder() {
        assertEquals("error", Severity.ERROR.word());
        assertEquals("warning", Severity.WARNING.word());
        assertThrows(IllegalArgumentException.class, () -> new Passage(1, 5, 4));
    }

    @Test
    void aKeyAboutAnElementMadeThisSessionTakesTheIdTheFileGaveIt() {
        String local = FindingKey.of("number", "fact--3", "19 months");

        assertEquals(FindingKey.of("number", "fact-42", "19 months"),
                FindingKey.withElementIds(local, id -> id == -3 ? 42 : id));
        assertEquals("narrative:narrative-8:0123", FindingKey.withElementIds("narrative:narrative--2:0123",
                id -> 8));
        assertEquals("balance:story:ab", FindingKey.withElementIds("balance:story:ab", id -> 8),
                "a key about the story has no element id");
        assertEquals("odd", FindingKey.withElementIds("odd", id -> 8));
        assertEquals("number:fact-x:1", FindingKey.withElementIds("number:fact-x:1", id -> 8));
    }
}
