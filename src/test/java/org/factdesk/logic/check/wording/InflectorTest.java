package org.factdesk.logic.check.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InflectorTest {

    @ParameterizedTest
    @CsvSource({
        "claim, claims, claimed, claiming",
        "slam, slams, slammed, slamming",
        "plot, plots, plotted, plotting",
        "admit, admits, admited, admiting",
        "deny, denies, denied, denying",
        "rave, raves, raved, raving",
        "lie, lies, lied, lying",
        "see, sees, seed, seeing",
        "botch, botches, botched, botching",
        "vow, vows, vowed, vowing",
        "mull, mulls, mulled, mulling",
        "play, plays, played, playing",
        "axe, axes, axed, axing",
    })
    void verbsTakeTheirRegularForms(String word, String withS, String past, String gerund) {
        assertEquals(Set.of(word, withS, past, gerund), Inflector.verb(word));
    }

    @ParameterizedTest
    @CsvSource({"regime, regimes", "crony, cronies", "hoax, hoaxes", "myth, myths", "day, days", "wish, wishes"})
    void nounsTakeTheirRegularPlural(String word, String plural) {
        assertEquals(Set.of(word, plural), Inflector.noun(word));
    }

    @Test
    void aVerbPhraseInflectsItsFirstWordAndANounPhraseItsLast() {
        WordingEntry lashOut = new WordingEntry("lash out", WordingCategory.CLICHE, Inflection.VERB, List.of(),
                List.of("criticise"), "It casts criticism as an outburst.");
        WordingEntry fighter = new WordingEntry("Freedom-fighter", WordingCategory.CONTENTIOUS_LABEL, Inflection.NOUN,
                List.of("freedom fighters'"), List.of(), "It endorses a cause.");

        assertEquals(Set.of("lash out", "lashes out", "lashed out", "lashing out"), lashOut.matchedForms());
        assertEquals(Set.of("freedom fighter", "freedom fighters"), fighter.matchedForms());
    }
}
