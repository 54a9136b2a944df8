package org.factdesk.logic.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.factdesk.model.Citation;
import org.junit.jupiter.api.Test;

class OutletBalanceCheckTest {

    private static final Citation HERALD = Citation.ofWholeSource(Harbour.HERALD);
    private static final Citation RADIO = Citation.ofWholeSource(Harbour.RADIO);
    private static final Citation LEDGER = Citation.ofWholeSource(Harbour.LEDGER);

    private static List<Finding> check(Harbour story) {
        return new OutletBalanceCheck().check(story.checked());
    }

    @Test
    void factsThatAllRestOnOneOutletAreAWarningNamingIt() {
        List<Finding> findings = check(Harbour.sources().fact("One.", HERALD).fact("Two.", HERALD));

        assertEquals(1, findings.size());
        assertEquals("sources", findings.get(0).place().toString());
        assertEquals("every cited fact rests on one outlet, Harbour Herald: cite a second outlet for them",
                findings.get(0).message());
    }

    @Test
    void anOutletBackingMoreThanSixtyPercentIsAWarningNamingIt() {
        List<Finding> findings = check(Harbour.sources().fact("One.", HERALD).fact("Two.", HERALD, RADIO)
                .fact("Three.", HERALD).fact("Four.", LEDGER));

        assertEquals(1, findings.size());
        assertEquals("Harbour Herald backs 3 of the 4 cited facts (75%), more than 60%: cite other outlets for some "
                + "of them", findings.get(0).message());
    }

    @Test
    void sixtyPercentExactlyAndAStoryWithoutCitationsAreFine() {
        assertEquals(List.of(), check(Harbour.sources().fact("One.", HERALD).fact("Two.", HERALD).fact("Three.", HERALD)
                .fact("Four.", RADIO).fact("Five.", LEDGER)));
        assertEquals(List.of(), check(Harbour.sources().fact("One.")));
    }

    @Test
    void sharesCountEachFactOncePerOutletAndPerspective() {
        Harbour story = Harbour.sources().source(4, "harbour herald", "local press", null, "More from the Herald.")
                .fact("One.", HERALD, Citation.ofWholeSource(4)).fact("Two.", RADIO, LEDGER).fact("Three.");

        SourceShares shares = SourceShares.of(story.snapshot().document());

        assertEquals(2, shares.citedFacts());
        assertEquals(List.of(new SourceShares.Share("Coastline Ledger", 1, 0.5),
                new SourceShares.Share("Gull Point Radio", 1, 0.5),
                new SourceShares.Share("Harbour Herald", 1, 0.5)), shares.outlets());
        assertEquals(List.of(new SourceShares.Share("broadcaster", 1, 0.5),
                new SourceShares.Share("business press", 1, 0.5),
                new SourceShares.Share("local press", 1, 0.5)), shares.perspectives());
    }
}
