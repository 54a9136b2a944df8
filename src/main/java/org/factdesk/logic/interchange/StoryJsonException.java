package org.factdesk.logic.interchange;

/**
 * A story JSON file that Factdesk cannot import. The message is the one line shown to the user: the place in
 * the file ({@code facts[3].citations[0]}, or a line and column for a syntax error) and what is wrong there.
 * Nothing has been written to the project when this is thrown.
 */
public class StoryJsonException extends Exception {

    private final String place;

    public StoryJsonException(String place, String problem) {
        super(place + ": " + problem);
        this.place = place;
    }

    /** Where in the file the problem is: a path such as {@code sources[1].outlet}, or "line 4, column 7". */
    public String place() {
        return place;
    }
}
