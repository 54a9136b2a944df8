package org.factdesk.logic.story;

import java.util.List;
import org.factdesk.model.Fact;

/**
 * The rule that gives a new fact its colour, once, when it is made: a colour neither of its neighbours in the
 * list wears (so two adjacent cards never look alike), and of those the one the story uses least, the lowest
 * index on a tie (so a story spreads over all the colours and the same edits always give the same colours).
 * The colour is then the fact's for good; nothing here recolours existing facts. Pure functions: any thread.
 */
public final class FactColourChoice {

    private FactColourChoice() {
    }

    /** The colour for a fact about to be inserted at {@code position} (clamped) among {@code facts}. */
    public static int forNewFact(List<Fact> facts, int position) {
        return forInsert(facts.stream().map(Fact::colour).toList(), position);
    }

    /**
     * The colour for a fact about to be inserted at {@code position} (clamped) into a story whose facts wear
     * {@code colours}, in story order.
     */
    public static int forInsert(List<Integer> colours, int position) {
        int at = Math.max(0, Math.min(position, colours.size()));
        Integer before = at > 0 ? colours.get(at - 1) : null;
        Integer after = at < colours.size() ? colours.get(at) : null;
        int[] uses = new int[Fact.COLOURS];
        for (int colour : colours) {
            uses[colour]++;
        }
        int best = -1;
        for (int colour = 0; colour < Fact.COLOURS; colour++) {
            boolean neighbour = Integer.valueOf(colour).equals(before) || Integer.valueOf(colour).equals(after);
            if (!neighbour && (best < 0 || uses[colour] < uses[best])) {
                best = colour;
            }
        }
        return best;
    }
}
