package org.factdesk.ui.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The find bar's view-model, without the toolkit: matches, the current one, and the count it shows. */
class SourceFindTest {

    private static final String TEXT = "The ferry leaves at nine. A second ferry leaves at ten. The last FERRY is late.";

    private final StringProperty text = new SimpleStringProperty(TEXT);
    private SourceFind find;
    private final List<TextSpan> shown = new ArrayList<>();

    @BeforeEach
    void create() {
        find = new SourceFind(text);
        find.foundProperty().addListener((observable, old, now) -> {
            if (now != null) {
                shown.add(now);
            }
        });
    }

    @Test
    void typingAQueryShowsTheFirstMatchFromWhereTheBarOpenedAndCountsThemAll() {
        find.open(TEXT.indexOf("second"));
        find.queryProperty().set("ferry");

        assertEquals(span("ferry leaves at ten"), find.foundProperty().get());
        assertEquals("2 of 3", find.statusProperty().get());
    }

    @Test
    void nextAndPreviousMoveFromTheSelectionAndWrapRound() {
        find.open(0);
        find.queryProperty().set("FeRrY");
        TextSpan first = find.foundProperty().get();
        assertEquals("1 of 3", find.statusProperty().get());

        find.next(first.end());
        assertEquals("2 of 3", find.statusProperty().get());
        find.next(find.foundProperty().get().end());
        find.next(find.foundProperty().get().end());
        assertEquals(first, find.foundProperty().get(), "after the last comes the first");
        assertEquals("1 of 3", find.statusProperty().get());

        find.previous(first.start());
        assertEquals("3 of 3", find.statusProperty().get(), "before the first comes the last");
        assertEquals(TEXT.lastIndexOf("FERRY"), find.foundProperty().get().start());
    }

    @Test
    void typingMoreKeepsTheCurrentMatchWhileItStillMatches() {
        find.open(0);
        find.queryProperty().set("fer");
        find.next(find.foundProperty().get().end());
        int second = find.foundProperty().get().start();

        find.queryProperty().set("ferry l");
        assertEquals(second, find.foundProperty().get().start());
        assertEquals("2 of 2", find.statusProperty().get(), "\"FERRY is\" no longer matches");
    }

    @Test
    void aQueryThatIsNowhereSaysSoAndSelectsNothing() {
        find.open(0);
        find.queryProperty().set("lighthouse");
        assertNull(find.foundProperty().get());
        assertEquals("No match", find.statusProperty().get());
        find.next(0);
        assertNull(find.foundProperty().get());
        find.queryProperty().set("");
        assertEquals("", find.statusProperty().get());
    }

    @Test
    void anotherSourceIsSearchedFromItsStartWhileTheBarIsOpen() {
        find.open(TEXT.indexOf("last"));
        find.queryProperty().set("ferry");
        text.set("No boats today. The ferry is cancelled.");
        assertEquals(new TextSpan(20, 25), find.foundProperty().get());
        assertEquals("1 of 1", find.statusProperty().get());
    }

    @Test
    void aClosedBarSelectsNothingInTheNextSource() {
        find.open(0);
        find.queryProperty().set("ferry");
        find.close();
        shown.clear();

        text.set("The ferry is cancelled.");
        assertTrue(shown.isEmpty(), "nothing selected: " + shown);
        assertFalse(find.openProperty().get());
        assertEquals("", find.statusProperty().get());
    }

    @Test
    void findIsAvailableOnlyWhileASourceTextIsShown() {
        assertTrue(find.availableProperty().get());
        text.set(null);
        assertFalse(find.availableProperty().get());
        text.set("");
        assertFalse(find.availableProperty().get());
    }

    @Test
    void showingTheSameMatchAgainTellsTheViewAgain() {
        text.set("only one ferry here");
        find.open(0);
        find.queryProperty().set("ferry");
        find.next(find.foundProperty().get().end());
        assertEquals(2, shown.size(), "the single match was shown twice: " + shown);
    }

    private static TextSpan span(String from) {
        int start = TEXT.indexOf(from);
        return new TextSpan(start, start + "ferry".length());
    }
}
