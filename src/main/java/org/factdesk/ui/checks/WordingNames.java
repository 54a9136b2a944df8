package org.factdesk.ui.checks;

import java.util.Locale;
import org.factdesk.logic.check.wording.Inflection;
import org.factdesk.logic.check.wording.WordingCategory;
import org.factdesk.logic.check.wording.WordingRules;

/**
 * The wording lexicon's categories and inflections in the words an editor reads ("Expression of doubt", "A noun:
 * …"), where the file and the store use their lexicon names ("doubt", "noun"). The category's words come from
 * the findings' own ({@link WordingCategory#complement()}), so the dialog and the Checks panel name a category
 * alike. Stateless; any thread.
 */
final class WordingNames {

    private WordingNames() {
    }

    /** "Puffery", "Contentious label", "Expression of doubt", "Cliché"… */
    static String category(WordingCategory category) {
        String words = category.complement().replaceFirst("^an? ", "");
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** The category's words with the first term {@code lexicon} gives it: "Expression of doubt, like “claim”". */
    static String categoryWithExample(WordingCategory category, WordingRules lexicon) {
        return lexicon.entries().stream().filter(entry -> entry.category() == category).findFirst()
                .map(entry -> category(category) + ", like \u201C" + entry.term() + "\u201D")
                .orElse(category(category));
    }

    /** The category named {@code name} in the lexicon's words, or the name itself in quotes if none is. */
    static String categoryNamed(String name) {
        return WordingCategory.named(name.strip()).map(WordingNames::category)
                .orElse("category \u201C" + name.strip() + "\u201D");
    }

    /** How a term of this inflection changes form, said with an example. */
    static String inflection(Inflection inflection) {
        return switch (inflection) {
            case VERB -> "A verb: its first word also with -s, -ed and -ing (claim, claims, claimed, claiming)";
            case NOUN -> "A noun: its last word also in the plural (regime, regimes)";
            case FIXED -> "Fixed: only as written (so-called, of course)";
        };
    }
}
