package org.factdesk.logic.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Section 5 of the checks, the outlets: a story whose cited facts all rest on one outlet, or of which one outlet
 * backs more than {@link #MOST} (60%), gets a warning naming the outlet, at {@code sources}. Stateless; any
 * thread.
 */
final class OutletBalanceCheck implements StoryCheck {

    static final String NAME = "balance";
    static final double MOST = 0.6;

    @Override
    public List<Finding> check(CheckedStory story) {
        SourceShares shares = SourceShares.of(story.document());
        List<Finding> findings = new ArrayList<>();
        if (shares.outlets().size() == 1) {
            String outlet = shares.outlets().get(0).name();
            findings.add(Finding.warning(Place.SOURCES, "every cited fact rests on one outlet, " + outlet
                    + ": cite a second outlet for them", FindingKey.of(NAME, FindingKey.STORY, "single " + outlet)));
            return findings;
        }
        for (SourceShares.Share share : shares.outlets()) {
            if (share.share() > MOST) {
                findings.add(Finding.warning(Place.SOURCES, share.name() + " backs " + share.facts() + " of the "
                        + shares.citedFacts() + " cited facts (" + percent(share.share()) + "), more than 60%: cite "
                        + "other outlets for some of them",
                        FindingKey.of(NAME, FindingKey.STORY, "most " + share.name())));
            }
        }
        return findings;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
