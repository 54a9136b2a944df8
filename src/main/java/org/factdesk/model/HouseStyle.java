package org.factdesk.model;

/**
 * A story's house-style settings. Immutable.
 *
 * @param serialComma whether a Sources line of three or more sources puts a comma before "and"
 */
public record HouseStyle(boolean serialComma) {

    public static final HouseStyle DEFAULT = new HouseStyle(true);
}
