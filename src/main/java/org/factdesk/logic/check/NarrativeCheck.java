package org.factdesk.logic.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdesk.model.Narrative;

/**
 * Section 5 of the checks, the narratives: a story needs at least two, each with a label, a provider and text
 * (errors; a missing narrative is reported at the place the next one would take, {@code narratives[n]}). A
 * narrative more than twice as long (in words) as the shortest is a warning, and so is a provider that is not
 * among the outlets the facts cite (compared ignoring case and spacing). Stateless; any thread.
 */
final class NarrativeCheck implements StoryCheck {

    static final String NAME = "narrative";
    static final int AT_LEAST = 2;

    @Override
    public List<Finding> check(CheckedStory story) {
        List<Narrative> narratives = story.document().narratives();
        List<Finding> findings = new ArrayList<>();
        if (narratives.size() < AT_LEAST) {
            findings.add(Finding.error(Place.narrative(narratives.size()), "the story has " + narratives.size()
                    + (narratives.size() == 1 ? " narrative" : " narratives") + "; it needs at least two, each with "
                    + "a label, a provider and text: add one",
                    FindingKey.of(NAME, FindingKey.STORY, "fewer than two")));
        }
        Set<String> outlets = SourceShares.of(story.document()).outlets().stream()
                .map(share -> SourceShares.key(share.name())).collect(Collectors.toSet());
        int shortest = narratives.stream().mapToInt(NarrativeCheck::words).filter(words -> words > 0).min()
                .orElse(0);
        for (int i = 0; i < narratives.size(); i++) {
            Narrative narrative = narratives.get(i);
            Place place = Place.narrative(i);
            String target = FindingKey.narrative(narrative.id());
            List<String> missing = missing(narrative);
            if (!missing.isEmpty()) {
                findings.add(Finding.error(place, "the narrative has no " + String.join(" and no ", missing)
                        + ": fill it in", FindingKey.of(NAME, target, "missing " + missing)));
            }
            int words = words(narrative);
            if (shortest > 0 && words > 2 * shortest) {
                findings.add(Finding.warning(place, "the narrative is " + words + " words long, more than twice "
                        + "the shortest (" + shortest + " words): shorten it, or give the others more",
                        FindingKey.of(NAME, target, "long " + narrative.text())));
            }
            if (!narrative.providedBy().isBlank() && !outlets.contains(SourceShares.key(narrative.providedBy()))) {
                findings.add(Finding.warning(place, "its provider, " + narrative.providedBy().strip() + ", is not "
                        + "among the outlets the facts cite: cite it in a fact, or name the outlet that gives "
                        + "this narrative", FindingKey.of(NAME, target, "provider " + narrative.providedBy())));
            }
        }
        return findings;
    }

    private static List<String> missing(Narrative narrative) {
        List<String> missing = new ArrayList<>();
        if (narrative.label().isBlank()) {
            missing.add("label");
        }
        if (narrative.providedBy().isBlank()) {
            missing.add("provider");
        }
        if (narrative.text().isBlank()) {
            missing.add("text");
        }
        return missing;
    }

    private static int words(Narrative narrative) {
        return Words.of(narrative.text()).size();
    }
}
