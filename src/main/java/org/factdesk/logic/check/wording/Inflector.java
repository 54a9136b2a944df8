package org.factdesk.logic.check.wording;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A small English inflector for regular words: a verb's third person, past and -ing forms ("claim": "claims",
 * "claimed", "claiming"; "slam": "slammed"; "deny": "denies", "denied"; "rave": "raving"), a noun's plural
 * ("regime": "regimes", "crony": "cronies", "crisis" is irregular and listed in the lexicon). It doubles a final
 * consonant only after one short vowel in a word of one syllable, so "admit" gives the wrong "admited": the
 * lexicon lists such forms ("admitted"); a wrong extra form costs nothing, since no text holds it. Stateless;
 * any thread.
 */
final class Inflector {

    private static final String VOWELS = "aeiou";

    private Inflector() {
    }

    /** The word and its regular verb forms. */
    static Set<String> verb(String word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        forms.add(withS(word));
        forms.add(past(word));
        forms.add(gerund(word));
        return forms;
    }

    /** The word and its regular plural. */
    static Set<String> noun(String word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        forms.add(withS(word));
        return forms;
    }

    /** Third person or plural: "claims", "wishes", "cronies". */
    static String withS(String word) {
        if (endsWithConsonantY(word)) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        if (word.endsWith("s") || word.endsWith("x") || word.endsWith("z") || word.endsWith("ch")
                || word.endsWith("sh")) {
            return word + "es";
        }
        return word + "s";
    }

    static String past(String word) {
        if (word.endsWith("e")) {
            return word + "d";
        }
        if (endsWithConsonantY(word)) {
            return word.substring(0, word.length() - 1) + "ied";
        }
        return (doublesFinalConsonant(word) ? word + last(word) : word) + "ed";
    }

    static String gerund(String word) {
        if (word.endsWith("ie")) {
            return word.substring(0, word.length() - 2) + "ying";
        }
        if (word.endsWith("e") && !word.endsWith("ee") && !word.endsWith("ye") && !word.endsWith("oe")
                && word.length() > 2) {
            return word.substring(0, word.length() - 1) + "ing";
        }
        return (doublesFinalConsonant(word) ? word + last(word) : word) + "ing";
    }

    /** "slam", "plot", "stun": one syllable ending in one vowel and one consonant other than w, x or y. */
    static boolean doublesFinalConsonant(String word) {
        int n = word.length();
        if (n < 3 || !isConsonant(word.charAt(n - 1)) || "wxy".indexOf(word.charAt(n - 1)) >= 0
                || !isVowel(word.charAt(n - 2)) || isVowel(word.charAt(n - 3))) {
            return false;
        }
        return vowelGroups(word) == 1;
    }

    private static int vowelGroups(String word) {
        int groups = 0;
        boolean inVowel = false;
        for (int i = 0; i < word.length(); i++) {
            boolean vowel = isVowel(word.charAt(i));
            if (vowel && !inVowel) {
                groups++;
            }
            inVowel = vowel;
        }
        return groups;
    }

    private static boolean endsWithConsonantY(String word) {
        return word.length() > 1 && word.endsWith("y") && isConsonant(word.charAt(word.length() - 2));
    }

    private static char last(String word) {
        return word.charAt(word.length() - 1);
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    private static boolean isConsonant(char c) {
        return Character.isLetter(c) && !isVowel(c);
    }
}
