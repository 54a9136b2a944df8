package org.factdesk.model;

import java.util.Objects;

/** A story's own fields: title, lede and house style. Its facts and narratives are kept apart. Immutable. */
public record Story(long id, String title, String lede, HouseStyle style) {

    public Story {
        title = Texts.orEmpty(title);
        lede = Texts.orEmpty(lede);
        Objects.requireNonNull(style, "style");
    }

    public Story withTitle(String newTitle) {
        return new Story(id, newTitle, lede, style);
    }

    public Story withLede(String newLede) {
        return new Story(id, title, newLede, style);
    }

    public Story withStyle(HouseStyle newStyle) {
        return new Story(id, title, lede, newStyle);
    }
}
