package org.factdesk.logic.interchange;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each value of a parsed story file starts, by its place ({@code sources[1].text}), so that a problem
 * found after parsing can still name a line and column. Filled once by {@link LocatedJsonParser}, then only
 * read; not thread-safe while it is being filled.
 */
final class JsonLocations {

    /** A line and column, both counted from 1 as Jackson counts them. */
    record Location(int line, int column) {

        @Override
        public String toString() {
            return "line " + line + ", column " + column;
        }
    }

    private final Map<String, Location> byPlace = new HashMap<>();

    void record(String place, Location location) {
        byPlace.put(place, location);
    }

    Optional<Location> at(String place) {
        return Optional.ofNullable(byPlace.get(place));
    }
}
