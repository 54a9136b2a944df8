package org.factdesk.logic.check;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where in a story a finding is: the title, the lede, a fact or a narrative (counted from 0 in story order, as
 * the JSON interchange counts {@code facts[i]}), or the story's sources as a whole. Places sort in the order a
 * reader meets them. Immutable.
 *
 * @param index the fact's or narrative's position; 0 for the other kinds
 */
public record Place(Kind kind, int index) implements Comparable<Place> {

    /** The parts of a story a finding can point at, in reading order. */
    public enum Kind { TITLE, LEDE, FACT, NARRATIVE, SOURCES }

    public static final Place TITLE = new Place(Kind.TITLE, 0);
    public static final Place LEDE = new Place(Kind.LEDE, 0);
    public static final Place SOURCES = new Place(Kind.SOURCES, 0);

    private static final Comparator<Place> ORDER = Comparator.comparing(Place::kind).thenComparingInt(Place::index);

    public Place {
        Objects.requireNonNull(kind, "kind");
        if (index < 0 || (index > 0 && kind != Kind.FACT && kind != Kind.NARRATIVE)) {
            throw new IllegalArgumentException("no place " + kind + " " + index);
        }
    }

    public static Place fact(int index) {
        return new Place(Kind.FACT, index);
    }

    public static Place narrative(int index) {
        return new Place(Kind.NARRATIVE, index);
    }

    /** {@code title}, {@code lede}, {@code facts[2]}, {@code narratives[0]} or {@code sources}. */
    @Override
    public String toString() {
        return switch (kind) {
            case TITLE -> "title";
            case LEDE -> "lede";
            case FACT -> "facts[" + index + "]";
            case NARRATIVE -> "narratives[" + index + "]";
            case SOURCES -> "sources";
        };
    }

    @Override
    public int compareTo(Place other) {
        return ORDER.compare(this, other);
    }
}
