package org.factdesk.logic.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.factdesk.logic.check.wording.Inflection;
import org.factdesk.logic.check.wording.WordingCategory;
import org.factdesk.logic.check.wording.WordingEntry;
import org.factdesk.logic.check.wording.WordingRules;
import org.factdesk.model.Citation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WordingCheckTest {

    private static List<Finding> wording(Harbour story) {
        return new WordingCheck(WordingRules.shipped()).check(story.checked());
    }

    private static Harbour withFact(String text) {
        return Harbour.clean().fact(text, Citation.ofWholeSource(Harbour.HERALD));
    }

    @Test
    void aSideTakingWordIsAWarningNamingItsCategoryWhyAndTheNeutralWording() {
        List<Finding> findings = wording(withFact("The board claimed the pier was unsafe."));

        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("facts[9]", finding.place().toString());
        assertEquals("\u201Cclaimed\u201D is an expression of doubt: it hints that the speaker's statement is "
                + "doubtful, where a plain verb would report it; write \u201Csaid\u201D instead", finding.message());
        assertTrue(finding.key().startsWith("wording:fact-"), finding.key());
        assertEquals(java.util.Optional.of("claim"), finding.term(), "the lexicon's term, for a silence");
    }

    @Test
    void aWordWithNoNeutralWordingGetsItsCategorysFix() {
        Finding finding = wording(withFact("The legendary pier will close.")).get(0);

        assertEquals("\u201Clegendary\u201D is puffery: it crowns the subject with a fame the fact itself does not "
                + "show; cut it, or say what was done that earns the praise", finding.message());
    }

    @Test
    void severalSuggestionsAreOffered() {
        Finding finding = wording(withFact("Officials said the regime would pay.")).get(0);

        assertTrue(finding.message().startsWith("\u201Cregime\u201D is a contentious label: "), finding.message());
        assertTrue(finding.message().endsWith("; write \u201Cgovernment\u201D or \u201Cadministration\u201D instead"),
                finding.message());
    }

    @Test
    void aPhraseIsReportedAsWrittenOnOneLine() {
        Finding finding = wording(withFact("It is\n  widely believed that the pier is unsafe.")).get(0);

        assertTrue(finding.message().startsWith("\u201CIt is widely believed\u201D is an unsupported attribution: "),
                finding.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Tomas Vell called the plan \u201Ca staggering, legendary blunder\u201D.",
        "Tomas Vell called the plan \"so-called repairs\".",
        "Tomas Vell called it \u2018a regime of rot\u2019, and the crews agreed.",
        "The crews said the board \u201Cclaimed, [as] \u2018so-called experts\u2019 say, that \u2026 it was safe\u201D.",
    })
    void wordsInsideAQuotationAreTheSourcesOwnAndExempt(String fact) {
        assertEquals(List.of(), wording(withFact(fact)));
    }

    @Test
    void theSameFactIsCheckedOutsideItsQuotations() {
        List<Finding> findings = wording(withFact("Tomas Vell\u2019s crews reportedly called it \u201Ca staggering "
                + "blunder\u201D, and the board\u2019s so-called survey agreed."));

        assertEquals(List.of("\u201Creportedly\u201D", "\u201Cso-called\u201D"), findings.stream()
                .map(finding -> finding.message().substring(0, finding.message().indexOf('\u201D') + 1)).toList());
    }

    @Test
    void narrativesAreOpinionByDesignAndExempt() {
        Harbour story = Harbour.clean().narrative("Quay narrative", "Coastline Ledger",
                "The so-called repairs are a staggering, shameful waste that the regime claims is needed.");

        assertEquals(List.of(), wording(story));
    }

    @Test
    void aTermIsReportedOncePerFactWhateverItsForms() {
        List<Finding> findings = wording(withFact("The board claimed the pier was unsafe; it still claims so, "
                + "and the crews claim otherwise."));

        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).message().startsWith("\u201Cclaimed\u201D"));
    }

    @Test
    void theKeyStaysWhileTheFactUsesTheTermInAnyFormAndDiffersByTermAndFact() {
        Harbour claimed = withFact("The board claimed the pier was unsafe.");
        Harbour claims = withFact("The board claims the pier is unsafe.");
        Harbour legendary = withFact("The legendary pier is unsafe.");

        String key = wording(claimed).get(0).key();
        assertEquals(key, wording(claims).get(0).key());
        assertNotEquals(key, wording(legendary).get(0).key());
        Harbour twice = withFact("The board claimed the pier was unsafe.").fact("The crews claimed otherwise.",
                Citation.ofWholeSource(Harbour.RADIO));
        List<Finding> both = wording(twice);
        assertNotEquals(both.get(0).key(), both.get(1).key());
    }

    @Test
    void anIgnoredWordingFindingIsLeftOutOfTheReport() {
        Harbour story = withFact("The board claimed the pier was unsafe.");
        CheckReport report = new StoryChecks().run(story.snapshot());
        String key = wording(story).get(0).key();

        assertTrue(report.findings().stream().anyMatch(finding -> finding.key().equals(key)));
        assertFalse(report.without(Set.of(key)).findings().stream().anyMatch(f -> f.key().startsWith("wording:")));
    }

    @Test
    void theChecksReportWordingWithTheShippedLexiconByDefault() {
        List<Finding> findings = withFact("The board claimed the pier was unsafe.").findings();

        assertEquals(List.of("wording"), findings.stream().map(f -> f.key().substring(0, f.key().indexOf(':')))
                .toList());
    }

    @Test
    void aProjectsSilencedTermIsNotReportedAndItsAddedTermIs() {
        WordingEntry unsafe = new WordingEntry("unsafe", WordingCategory.EDITORIALISING, Inflection.FIXED,
                List.of(), List.of("in need of repair"), "This desk reports the engineers' finding, not a verdict.");
        WordingRules project = WordingRules.shipped().withSilenced(List.of("claim")).withAdded(List.of(unsafe));

        List<Finding> findings = new StoryChecks(project).run(withFact("The board claimed the pier was unsafe.")
                .snapshot()).findings();

        assertEquals(1, findings.size(), findings.toString());
        assertEquals("\u201Cunsafe\u201D is editorialising: this desk reports the engineers' finding, not a verdict; "
                + "write \u201Cin need of repair\u201D instead", findings.get(0).message());
    }

    @Test
    void aLongFictionalStoryWrittenNeutrallyGivesNoWordingFindings() {
        Harbour story = Harbour.clean()
                .fact("The acclaimed boatbuilder Ines Hero, who follows a strict regimen of early shifts, said the "
                        + "clearance of old timber would begin in May.", Citation.ofWholeSource(Harbour.RADIO))
                .fact("Crews who cultivate mussels off Clearwater Point said the closure would cost them landings; "
                        + "the board said 18 weeks was the shortest safe schedule.", Citation.ofWholeSource(Harbour.HERALD))
                .fact("The chamber of commerce put the quay's likely loss at 4,200,000 euros over the summer.",
                        Citation.ofWholeSource(Harbour.LEDGER))
                .fact("Tomas Vell\u2019s cooperative said it would ask for a delay; the board\u2019s chair said the "
                        + "survey was shared with the council.", Citation.ofWholeSource(Harbour.HERALD),
                        Citation.ofWholeSource(Harbour.RADIO));

        assertEquals(List.of(), wording(story));
    }
}
