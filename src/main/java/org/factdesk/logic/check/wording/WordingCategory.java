package org.factdesk.logic.check.wording;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of words that take a side, after Wikipedia's "Words to watch" guideline (MOS:WTW): how the lexicon
 * file names each, how a finding names it, and the fix to give when an entry has no neutral wording to suggest.
 */
public enum WordingCategory {
    PUFFERY("puffery", "puffery", "cut it, or say what was done that earns the praise"),
    CONTENTIOUS_LABEL("label", "a contentious label",
            "describe what was done, or attribute the label to whoever uses it"),
    UNSUPPORTED_ATTRIBUTION("attribution", "an unsupported attribution", "name who says so, or cut it"),
    DOUBT("doubt", "an expression of doubt", "cut it, or attribute the doubt to whoever holds it"),
    EDITORIALISING("editorialising", "editorialising", "cut it and let the facts speak"),
    EUPHEMISM("euphemism", "a euphemism", "say plainly what happened"),
    CLICHE("cliche", "a cliché", "say it plainly");

    private final String fileName;
    private final String complement;
    private final String advice;

    WordingCategory(String fileName, String complement, String advice) {
        this.fileName = fileName;
        this.complement = complement;
        this.advice = advice;
    }

    /** The word the lexicon file uses: {@code puffery}, {@code label}, {@code attribution}… */
    public String fileName() {
        return fileName;
    }

    /** What a finding says the term is: "puffery", "a contentious label", "an expression of doubt"… */
    public String complement() {
        return complement;
    }

    /** The fix when the entry has no neutral wording to suggest. */
    public String advice() {
        return advice;
    }

    /** The category a lexicon file names {@code name}, if any. */
    public static Optional<WordingCategory> named(String name) {
        return Arrays.stream(values()).filter(category -> category.fileName.equals(name)).findFirst();
    }
}
