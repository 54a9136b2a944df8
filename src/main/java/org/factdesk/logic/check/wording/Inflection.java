package org.factdesk.logic.check.wording;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a lexicon term changes form: a verb inflects its first word ("lash out": "lashes out", "lashed out",
 * "lashing out"), a noun its last ("freedom fighter": "freedom fighters"), and a fixed term (adjectives,
 * adverbs, set phrases) not at all. Irregular forms are listed in the entry itself.
 */
public enum Inflection {
    VERB("verb"),
    NOUN("noun"),
    FIXED("fixed");

    private final String fileName;

    Inflection(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    public static Optional<Inflection> named(String name) {
        return Arrays.stream(values()).filter(inflection -> inflection.fileName.equals(name)).findFirst();
    }
}
