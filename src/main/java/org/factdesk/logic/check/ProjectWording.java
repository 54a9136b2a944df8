package org.factdesk.logic.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdesk.logic.check.wording.Inflection;
import org.factdesk.logic.check.wording.WordingCategory;
import org.factdesk.logic.check.wording.WordingEntry;
import org.factdesk.logic.check.wording.WordingRules;
import org.factdesk.model.WordingChoice;

/**
 * The wording rules a project's checks use, made from its {@link WordingChoice}s: the shipped lexicon, plus each
 * term the project watches for, minus each term it silenced; of two choices for one term, the later counts. A
 * watched term whose fields do not make a lexicon entry (a category or inflection the lexicon does not name, a
 * term with a comma, no explanation) is left out and described in {@link #problems()}, so that one bad choice
 * never stops the checks. Immutable; any thread.
 *
 * @param problems one sentence per choice left out, naming its term and what is wrong with it
 */
public record ProjectWording(WordingRules rules, List<String> problems) {

    public ProjectWording {
        problems = List.copyOf(problems);
    }

    /** The shipped lexicon with the project's {@code choices}, given oldest first. */
    public static ProjectWording of(List<WordingChoice> choices) {
        return of(WordingRules.shipped(), choices);
    }

    /** {@code base} with {@code choices}, given oldest first. */
    public static ProjectWording of(WordingRules base, List<WordingChoice> choices) {
        Map<String, WordingChoice> latest = new LinkedHashMap<>();
        for (WordingChoice choice : choices) {
            String key = WordingRules.keyOf(choice.term());
            latest.remove(key);
            latest.put(key, choice);
        }
        List<WordingEntry> watched = new ArrayList<>();
        List<String> silenced = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (WordingChoice choice : latest.values()) {
            if (choice.kind() == WordingChoice.Kind.SILENCE) {
                silenced.add(choice.term());
                continue;
            }
            try {
                watched.add(entry(choice));
            } catch (IllegalArgumentException invalid) {
                problems.add("the watched term \u201C" + choice.term().strip() + "\u201D is left out of the wording "
                        + "check: " + invalid.getMessage());
            }
        }
        return new ProjectWording(base.withAdded(watched).withSilenced(silenced), problems);
    }

    /** The lexicon entry a watched term stands for; refused, with what is wrong, when its fields make none. */
    static WordingEntry entry(WordingChoice choice) {
        WordingCategory category = named(WordingCategory.named(choice.category().strip()), "category",
                choice.category(), Arrays.stream(WordingCategory.values()).map(WordingCategory::fileName).toList());
        Inflection inflection = named(Inflection.named(choice.inflection().strip()), "inflection",
                choice.inflection(), Arrays.stream(Inflection.values()).map(Inflection::fileName).toList());
        return new WordingEntry(choice.term().strip(), category, inflection, List.of(),
                choice.suggestions().stream().map(String::strip).toList(), choice.why().strip());
    }

    private static <T> T named(Optional<T> found, String what, String given, List<String> names) {
        return found.orElseThrow(() -> new IllegalArgumentException((given.isBlank() ? "it has no " + what
                : "its " + what + " \u201C" + given.strip() + "\u201D is not one the lexicon knows") + "; use "
                + String.join(", ", names)));
    }
}
