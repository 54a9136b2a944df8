package org.factdesk.logic.interchange;

import org.factdesk.logic.interchange.JsonLocations.Location;
import org.factdesk.logic.text.VisibleText;

/**
 * A story JSON file that Factdesk cannot import. The message is the one line shown to the user: the place in
 * the file ({@code facts[3].citations[0]}), its line and column, and what is wrong there
 * ({@code facts[3].citations[0]: line 40, column 9: quote not found in source g1}). Characters that could act
 * on a terminal are shown as their codes. Nothing has been written to the project when this is thrown.
 */
public class StoryJsonException extends Exception {

    private static final int PLACE_LIMIT = 60;

    private final String place;
    private final String problem;
    private final int line;
    private final int column;

    /**
     * A problem whose place has no position in the file (an empty file, a file over the size limit); an empty
     * place (the file as a whole) is left out of the message.
     */
    public StoryJsonException(String place, String problem) {
        super(VisibleText.line((place.isEmpty() ? "" : shortened(place) + ": ") + problem));
        this.place = place;
        this.problem = problem;
        this.line = 0;
        this.column = 0;
    }

    /** A problem at a position; an empty place (the top of the file) is left out of the message. */
    StoryJsonException(String place, Location where, String problem) {
        super(VisibleText.line((place.isEmpty() ? "" : shortened(place) + ": ") + where + ": " + problem));
        this.place = place;
        this.problem = problem;
        this.line = where.line();
        this.column = where.column();
    }

    /** A place deep in a hostile file can run to thousands of characters; its start and the line say enough. */
    static String shortened(String place) {
        return place.length() <= PLACE_LIMIT ? place : place.substring(0, PLACE_LIMIT) + "…";
    }

    /** Where in the file the problem is: a path such as {@code sources[1].outlet}; empty for the whole file. */
    public String place() {
        return place;
    }

    /** What is wrong, without the place. */
    public String problem() {
        return problem;
    }

    /** The line of the problem, from 1; 0 when it has none. */
    public int line() {
        return line;
    }

    /** The column of the problem, from 1; 0 when it has none. */
    public int column() {
        return column;
    }
}
