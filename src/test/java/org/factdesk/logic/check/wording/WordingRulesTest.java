package org.factdesk.logic.check.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WordingRulesTest {

    private static final WordingRules SHIPPED = WordingRules.shipped();

    private static List<String> terms(WordingRules rules, String text) {
        return rules.find(text).stream().map(match -> match.entry().term()).toList();
    }

    private static List<String> terms(String text) {
        return terms(SHIPPED, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"They claim the pier is safe.", "He claims the pier is safe.",
        "He claimed the pier was safe.", "Claiming the pier was safe, he left.", "Claimed safe, it stays open.",
        "THE HARBOUR MASTER CLAIMS IT IS SAFE", "The master's claim: safe."})
    void everyFormOfAVerbCountsForIt(String text) {
        assertEquals(List.of("claim"), terms(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"acclaimed", "reclaimed", "proclaimed", "disclaimer", "claimant", "exclaiming"})
    void aWordThatOnlyContainsATermDoesNotCount(String word) {
        assertEquals(List.of(), terms("The " + word + " painter moved to the quay."));
    }

    /** Fictional prose full of near misses: parts of words, names and neutral senses. */
    @Test
    void ordinaryProseWithNearMissesGivesNothing() {
        String prose = """
                The acclaimed painter Ines Hero kept to a strict regimen: she would cultivate her allotment at \
                dawn, then walk past Clearwater Quay to the customs office, where the clearance of the morning's \
                catch was logged. Her brother, Captain Marco Legend, ran the ferry to Mobley Sound; the crew's \
                sectarian quarrels of the 1990s were long over, and the regimental band played at the reopening. \
                The cultural council's sober report counted 212 boats, a figure the harbour office repeated. \
                Reclaimed timber from the old Miracle Street pier went into benches outside Desperate Dan's cafe.""";

        assertEquals(List.of(), SHIPPED.find(prose));
    }

    @Test
    void aCapitalisedWordInsideASentenceIsTakenForAName() {
        assertEquals(List.of(), terms("The ferry Legendary Lass and skipper Ann Hero docked."));
    }

    @Test
    void aCapitalisedWordOpeningASentenceStillCounts() {
        assertEquals(List.of("hero", "legendary"), terms("Heroes were welcomed. Legendary crews landed."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"it is believed", "It is\n  believed", "IT  IS\tBELIEVED", "it\u00A0is believed",
        "it\u2019s believed", "it's believed"})
    void aPhraseMatchesAcrossAnyWhiteSpaceCaseAndApostrophe(String phrase) {
        assertEquals(List.of("it is believed"), terms(phrase + " that the pier will close."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"so-called", "so called", "So-Called", "so\u2011called", "so -  called"})
    void aHyphenReadsAsASpace(String written) {
        assertEquals(List.of("so-called"), terms(written + " rescue plans are late."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Some, say the board", "a change of. Course", "of (course", "some/say"})
    void aPhraseDoesNotMatchAcrossPunctuation(String text) {
        assertEquals(List.of(), terms(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"the regime's budget", "the regime\u2019s budget", "the regimes' budgets"})
    void aPossessiveStillCounts(String text) {
        assertEquals(List.of("regime"), terms(text));
    }

    @Test
    void theLongestOverlappingTermWins() {
        assertEquals(List.of("cult following", "cult"), terms("The band has a cult following; the cult does not."));
        assertEquals(List.of("it is widely believed"), terms("It is widely believed that the pier is unsafe."));
    }

    @Test
    void aMatchGivesItsOffsetsAndTheWordsAsWritten() {
        String text = "The board said the so-called survey was late.";
        WordingMatch match = SHIPPED.find(text).get(0);

        assertEquals("so-called", match.written());
        assertEquals(text.indexOf("so-called"), match.start());
        assertEquals(text.indexOf(" survey"), match.end());
    }

    @Test
    void irregularFormsListedInTheLexiconCount() {
        assertEquals(List.of("admit", "misspeak", "sit on the fence"),
                terms("She admitted it. He misspoke. They sat on the fence."));
    }

    @Test
    void silencedTermsMatchNothingWhateverTheirSpelling() {
        WordingRules rules = SHIPPED.withSilenced(List.of("Claim", "SO CALLED", "not in the lexicon"));

        assertEquals(List.of(), terms(rules, "He claimed the so-called survey was late."));
        assertEquals(SHIPPED.entries().size() - 2, rules.entries().size());
        assertEquals(List.of("claim"), terms("He claimed it."), "silencing leaves the shipped rules as they were");
    }

    @Test
    void anAddedEntryIsFoundAndOneWithAShippedTermReplacesIt() {
        WordingEntry spin = new WordingEntry("spin", WordingCategory.EDITORIALISING, Inflection.VERB,
                List.of("spun"), List.of("present"), "It casts a statement as manipulation.");
        WordingEntry claim = new WordingEntry("claim", WordingCategory.UNSUPPORTED_ATTRIBUTION, Inflection.VERB,
                List.of(), List.of(), "In this project, a claim needs a named claimant.");

        WordingRules rules = SHIPPED.withAdded(List.of(spin, claim));

        List<WordingMatch> found = rules.find("The office spun the figures and claimed success.");
        assertEquals(List.of(spin, claim), found.stream().map(WordingMatch::entry).toList());
        assertEquals(SHIPPED.entries().size() + 1, rules.entries().size());
        assertTrue(rules.entries().contains(claim));
    }

    @Test
    void anAddedFormThatIsAlsoAShippedFormBelongsToTheAddedEntry() {
        WordingEntry alleged = new WordingEntry("alleged", WordingCategory.UNSUPPORTED_ATTRIBUTION, Inflection.FIXED,
                List.of(), List.of(), "Say who alleges it.");

        assertEquals(List.of(alleged), SHIPPED.withAdded(List.of(alleged)).find("the alleged theft").stream()
                .map(WordingMatch::entry).toList());
    }

    @Test
    void rulesOfNoEntriesFindNothing() {
        assertEquals(List.of(), WordingRules.of(List.of()).find("The legendary, so-called regime claimed it."));
    }
}
