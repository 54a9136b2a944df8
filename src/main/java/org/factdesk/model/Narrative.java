package org.factdesk.model;

/**
 * One narrative of a story: a label ("Pro-Russia narrative"), the outlet it is credited to, and its text.
 * Immutable.
 */
public record Narrative(long id, String label, String providedBy, String text) {

    public Narrative {
        label = Texts.orEmpty(label);
        providedBy = Texts.orEmpty(providedBy);
        text = Texts.orEmpty(text);
    }
}
