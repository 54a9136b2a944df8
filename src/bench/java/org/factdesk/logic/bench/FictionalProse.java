package org.factdesk.logic.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes varied, news-like but entirely fictional prose from a seeded {@link Random}: sentences from templates
 * and word lists, grouped into paragraphs separated by blank lines, so generated sources look like real articles
 * to the store and the views (no giant single line). Same seed, same text. Not thread-safe; one per generator.
 */
final class FictionalProse {

    /** A generated article: its text and the [start, end) offsets of every sentence in it. */
    record Article(String text, List<int[]> sentences) {
    }

    private static final String[] TOWNS = {"Brenmoor", "Calder Reach", "Oskvale", "Marrowby", "Tindle Cross",
        "Harwick Sound", "Lowenfield", "Quarry Bay", "Esterholm", "Penlow", "Rusk Harbour", "Vellmouth"};
    private static final String[] PEOPLE = {"Ada Korrin", "Tomas Vell", "Idris Okafor-Lane", "Mira Sandqvist",
        "Jonah Petrakis", "Lena Osei", "Pavel Durand", "Sunniva Holt", "Ravi Calloway", "Elsie Marchetti",
        "Bram Oduya", "Noor Halvorsen", "Cyril Fenwick", "Ines Abara"};
    private static final String[] ROLES = {"chairs the transport committee", "runs a bakery on the quay",
        "leads the dockworkers' union", "teaches at the harbour school", "speaks for the port authority",
        "represents the east ward", "manages the ferry timetable", "owns two fishing boats",
        "volunteers with the lifeboat crew", "heads the chamber of commerce"};
    private static final String[] ORGANISATIONS = {"town council", "port authority", "water board",
        "regional assembly", "ferry company", "hospital trust", "chamber of commerce", "tenants' association",
        "fire service", "rail operator"};
    private static final String[] THINGS = {"sea wall", "night ferry", "tram extension", "market hall",
        "flood barrier", "bus depot", "library annex", "footbridge", "wind farm", "harbour crane",
        "school roof", "coastal path"};
    private static final String[] PLURALS = {"households", "commuters", "fishing crews", "shop owners",
        "residents", "pupils", "nurses", "drivers", "volunteers", "tenants", "visitors", "engineers"};
    private static final String[] PAST_VERBS = {"approved", "postponed", "questioned", "rejected", "reviewed",
        "announced", "cancelled", "defended", "funded", "inspected", "reopened", "delayed"};
    private static final String[] FUTURE_ACTIONS = {"reopen", "close for repairs", "cost more than planned",
        "be finished", "need a second survey", "run at half capacity", "be sold", "move inland"};
    private static final String[] TIMES = {"on Monday", "late on Tuesday", "this week", "before the storm",
        "in the spring", "by the end of the month", "after the vote", "within a fortnight", "next winter",
        "over the weekend"};
    private static final String[] PLACES = {"the old pier", "the east bank", "the railway cutting",
        "the fish market", "the lighthouse road", "the upper town", "the ring road", "the marsh"};
    private static final String[] REACTIONS = {"called the decision rushed", "welcomed the plan",
        "asked for the figures to be published", "said nobody had been consulted", "warned of higher fares",
        "promised a public meeting", "said the costs were understated", "described the mood as calm"};

    private final Random random;

    FictionalProse(Random random) {
        this.random = random;
    }

    /** An article of about {@code targetChars} characters in paragraphs of 3 to 8 sentences. */
    Article article(int targetChars) {
        StringBuilder text = new StringBuilder(targetChars + 1_000);
        List<int[]> sentences = new ArrayList<>();
        while (text.length() < targetChars) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int count = 3 + random.nextInt(6);
            for (int i = 0; i < count; i++) {
                if (i > 0) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(sentence());
                sentences.add(new int[] {start, text.length()});
            }
        }
        return new Article(text.toString(), sentences);
    }

    /** One sentence, from one of several shapes so that the text does not repeat itself. */
    String sentence() {
        return switch (random.nextInt(7)) {
            case 0 -> pick(PEOPLE) + ", who " + pick(ROLES) + " in " + pick(TOWNS) + ", said the " + pick(THINGS)
                    + " would " + pick(FUTURE_ACTIONS) + " " + pick(TIMES) + ".";
            case 1 -> "The " + pick(ORGANISATIONS) + " of " + pick(TOWNS) + " " + pick(PAST_VERBS) + " plans for the "
                    + pick(THINGS) + " " + pick(TIMES) + ", affecting about " + number() + " " + pick(PLURALS) + ".";
            case 2 -> "Near " + pick(PLACES) + ", " + number() + " " + pick(PLURALS) + " gathered " + pick(TIMES)
                    + " to hear what the " + pick(ORGANISATIONS) + " had decided.";
            case 3 -> pick(PEOPLE) + " " + pick(REACTIONS) + ", adding that the " + pick(THINGS) + " had been "
                    + pick(PAST_VERBS) + " twice before.";
            case 4 -> "Figures seen by reporters put the cost of the " + pick(THINGS) + " at "
                    + (2 + random.nextInt(90)) + "." + random.nextInt(10) + " million crowns, against "
                    + (1 + random.nextInt(40)) + " million in the first estimate.";
            case 5 -> "\u201cWe were told the " + pick(THINGS) + " would " + pick(FUTURE_ACTIONS) + ",\u201d said "
                    + pick(PEOPLE) + ", speaking near " + pick(PLACES) + " " + pick(TIMES) + ".";
            default -> "In " + pick(TOWNS) + ", the " + pick(ORGANISATIONS) + " said " + pick(PLURALS)
                    + " near " + pick(PLACES) + " should expect the " + pick(THINGS) + " to " + pick(FUTURE_ACTIONS)
                    + ".";
        };
    }

    /** A headline-like title. */
    String title() {
        return capitalised(pick(THINGS)) + " in " + pick(TOWNS) + " " + pick(PAST_VERBS) + " " + pick(TIMES);
    }

    String person() {
        return pick(PEOPLE);
    }

    private String number() {
        return String.valueOf(20 + random.nextInt(4_000));
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
