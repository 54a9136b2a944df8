package org.factdesk.ui.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.factdesk.logic.check.wording.Inflection;
import org.factdesk.logic.check.wording.WordingCategory;
import org.factdesk.model.Fact;
import org.factdesk.model.Project;
import org.factdesk.model.WordingChoice;
import org.factdesk.ui.checks.WatchWordForm.Field;
import org.junit.jupiter.api.Test;

/**
 * The "Project wording" dialog's view-models on the demo project, with direct executors: the list of the
 * project's choices, watching for a word (what the form says is wrong, and where), silencing a shipped word
 * typed in any form, and removing either, each reaching the file and the Checks panel at once.
 */
class ProjectWordingModelTest extends DemoChecksCase {

    private static final List<String> DEMO_FINDINGS = List.of("Warning Narrative 2", "Warning Sources");

    private ProjectWordingModel wording;

    @Override
    void open() {
        super.open();
        wording = new ProjectWordingModel(checks.wording());
    }

    private List<String> headlines() {
        return wording.rows().stream().map(ProjectWordingModel.Row::headline).toList();
    }

    private void typeIntoFirstFact(String more) {
        Fact first = session.story().documentProperty().get().facts().get(0);
        session.story().editor().typeFactText(first.id(), first.text() + more);
    }

    /** "pitch", a noun, a euphemism: the demo story's third fact has "pitches" and the shipped lexicon neither. */
    private static WatchWordForm pitch(WatchWordForm form) {
        form.termProperty().set("pitch");
        form.categoryProperty().set(WordingCategory.EUPHEMISM);
        form.inflectionProperty().set(Inflection.NOUN);
        form.suggestionsProperty().set("stall, place\nspot");
        form.whyProperty().set("It dresses a market stall up as a sales talk.");
        return form;
    }

    @Test
    void aNewProjectListsNoChoices() {
        assertEquals(List.of(), wording.rows());
        assertEquals("", wording.noteProperty().get());
    }

    @Test
    void aWatchedWordIsListedFlaggedInTheFactsAndStoredWithWhoChoseIt() throws Exception {
        assertTrue(wording.watch(pitch(wording.watchForm())));

        assertEquals(List.of("Watching \u201Cpitch\u201D: Euphemism, a noun"), headlines());
        assertEquals("Suggests \u201Cstall\u201D, \u201Cplace\u201D, \u201Cspot\u201D. It dresses a market stall up "
                + "as a sales talk. Chosen by nell.", wording.rows().get(0).details());
        assertEquals("Now watching for \u201Cpitch\u201D in this project.", wording.noteProperty().get());
        assertEquals(List.of("Warning Fact 3", "Warning Narrative 2", "Warning Sources"), shown());
        session.closeCurrent();
        try (Project project = files.open(file)) {
            WordingChoice stored = project.checks().wordingChoices().get(0);
            assertEquals(new WordingChoice(WordingChoice.Kind.WATCH, "pitch", "euphemism", "noun",
                    List.of("stall", "place", "spot"), "It dresses a market stall up as a sales talk.", "nell", NOW),
                    stored);
        }
        open();
        assertEquals(List.of("Watching \u201Cpitch\u201D: Euphemism, a noun"), headlines(), "read back");
    }

    @Test
    void anEmptyFormShowsNoProblemUntilAnAddIsTriedThenEachUnderItsField() {
        WatchWordForm form = wording.watchForm();

        for (Field field : Field.values()) {
            assertEquals("", form.problemProperty(field).get(), field.name());
        }
        assertFalse(form.validProperty().get(), "but Watch is disabled");

        assertFalse(wording.watch(form));

        assertEquals("Type the word or phrase to watch for.", form.problemProperty(Field.TERM).get());
        assertEquals("Choose what kind of wording it is.", form.problemProperty(Field.CATEGORY).get());
        assertEquals("Choose how the word changes form.", form.problemProperty(Field.INFLECTION).get());
        assertEquals("", form.problemProperty(Field.SUGGESTIONS).get(), "suggestions may be left out");
        assertEquals("Say in one sentence why it takes a side.", form.problemProperty(Field.WHY).get());
        assertEquals(List.of(), wording.rows(), "nothing was added");
        assertEquals("", wording.noteProperty().get());
    }

    @Test
    void aFieldShowsItsProblemAsSoonAsItIsChangedAndTheOthersStayQuiet() {
        WatchWordForm form = wording.watchForm();

        form.termProperty().set("rant, rave");

        assertEquals("The term \u201Crant, rave\u201D holds \u201C,\u201D: use letters, spaces, hyphens and "
                + "apostrophes only.", form.problemProperty(Field.TERM).get());
        assertEquals("", form.problemProperty(Field.WHY).get());

        form.termProperty().set("rant");
        assertEquals("", form.problemProperty(Field.TERM).get());
    }

    @Test
    void aSuggestionHoldingATabIsRefusedAsTheLexiconRefusesIt() {
        WatchWordForm form = pitch(wording.watchForm());

        form.suggestionsProperty().set("stall,\tspot\tplace");

        assertEquals("The suggestion \u201Cspot\tplace\u201D must be one line without tabs.",
                form.problemProperty(Field.SUGGESTIONS).get());
        assertFalse(form.validProperty().get());
    }

    @Test
    void suggestionsAreSplitAtCommasAndLineEndsWithBlanksLeftOut() {
        WatchWordForm form = wording.watchForm();

        form.suggestionsProperty().set(" said ,\r\nstated\n\n, reported,");

        assertEquals(List.of("said", "stated", "reported"), form.suggestionList());
    }

    @Test
    void theFormSaysWhichFormsTheWordWillFlag() {
        WatchWordForm form = wording.watchForm();
        form.termProperty().set("Storm out");
        assertEquals("", form.formsProperty().get(), "not before it knows how the word changes");

        form.inflectionProperty().set(Inflection.VERB);
        assertEquals("Flags storm out, storms out, stormed out, storming out.", form.formsProperty().get());

        form.inflectionProperty().set(Inflection.NOUN);
        assertEquals("Flags storm out, storm outs.", form.formsProperty().get());
    }

    @Test
    void theFormSaysWhenTheWordReplacesAShippedOneOrTheProjectsOwn() {
        WatchWordForm form = wording.watchForm();

        form.termProperty().set("Claim");
        assertEquals("The shipped lexicon has \u201Cclaim\u201D as an expression of doubt: yours replaces it in this "
                + "project.", form.noteProperty().get());
        form.termProperty().set("claimed");
        assertEquals("The shipped lexicon already flags \u201Cclaimed\u201D, as a form of \u201Cclaim\u201D.",
                form.noteProperty().get());

        wording.watch(pitch(wording.watchForm()));
        form.termProperty().set("Pitch");
        assertEquals("This project already watches for \u201CPitch\u201D: adding it again replaces that.",
                form.noteProperty().get());
        form.termProperty().set("quay");
        assertEquals("", form.noteProperty().get());
    }

    @Test
    void watchingAWordAgainReplacesItsEntryInTheList() {
        wording.watch(pitch(wording.watchForm()));
        WatchWordForm again = pitch(wording.watchForm());
        again.termProperty().set("Pitch");
        again.categoryProperty().set(WordingCategory.CLICHE);

        assertTrue(wording.watch(again));

        assertEquals(List.of("Watching \u201CPitch\u201D: Clich\u00E9, a noun"), headlines());
    }

    @Test
    void silencingFindsTheShippedEntryOfAnInflectedFormAndStopsItInEveryForm() {
        SilenceWordForm form = wording.silenceForm();

        form.textProperty().set("claimed");

        assertEquals("The shipped lexicon flags \u201Cclaimed\u201D as a form of \u201Cclaim\u201D, an expression of "
                + "doubt. Silencing stops flagging \u201Cclaim\u201D in every form in this project.",
                form.findingProperty().get());
        assertTrue(form.canSilenceProperty().get());
        assertTrue(wording.silence(form));
        assertEquals(List.of("Silenced \u201Cclaim\u201D"), headlines());
        assertEquals("A shipped word, an expression of doubt, no longer flagged in this project. Chosen by nell.",
                wording.rows().get(0).details());
        assertEquals("\u201Cclaim\u201D is no longer flagged in this project.", wording.noteProperty().get());
        typeIntoFirstFact(" The mayor claims it was safe.");
        assertEquals(DEMO_FINDINGS, shown());
    }

    @Test
    void silencingFindsAPhraseTypedWithCapitalsAndAHyphen() {
        SilenceWordForm form = wording.silenceForm();

        form.textProperty().set("  So-Called ");

        assertTrue(form.findingProperty().get().startsWith("The shipped lexicon flags \u201Cso-called\u201D, "),
                form.findingProperty().get());
        assertEquals(Optional.of("so-called"), form.silence());
    }

    @Test
    void aWordTheShippedLexiconLacksCannotBeSilenced() {
        SilenceWordForm form = wording.silenceForm();
        assertEquals("", form.findingProperty().get());
        assertFalse(form.canSilenceProperty().get());

        form.textProperty().set("harbourmaster");

        assertEquals("The shipped lexicon has no \u201Charbourmaster\u201D in any form: there is nothing to silence.",
                form.findingProperty().get());
        assertFalse(form.canSilenceProperty().get());
        assertFalse(wording.silence(form));
        assertEquals(List.of(), wording.rows());
    }

    @Test
    void aPhraseThatOnlyHoldsAShippedWordSaysWhichToType() {
        SilenceWordForm form = wording.silenceForm();

        form.textProperty().set("claimed victory");

        assertEquals("The shipped lexicon has no \u201Cclaimed victory\u201D as a whole, but flags \u201Cclaimed\u201D "
                + "in it: type that alone to silence it.", form.findingProperty().get());
        assertFalse(form.canSilenceProperty().get());
    }

    @Test
    void silencingSaysWhenTheWordIsSilencedAlreadyOrIsTheProjectsOwn() {
        wording.silence(silenceForm("claim"));
        wording.watch(pitch(wording.watchForm()));

        SilenceWordForm again = silenceForm("claiming");
        assertEquals("\u201Cclaim\u201D is already silenced in this project.", again.findingProperty().get());
        assertFalse(again.canSilenceProperty().get());

        SilenceWordForm own = silenceForm("pitch");
        assertEquals("The shipped lexicon has no \u201Cpitch\u201D; this project watches for it itself: remove it from "
                + "the list instead.", own.findingProperty().get());
        assertFalse(own.canSilenceProperty().get());
    }

    private SilenceWordForm silenceForm(String text) {
        SilenceWordForm form = wording.silenceForm();
        form.textProperty().set(text);
        return form;
    }

    @Test
    void removingAWatchedWordStopsItsFindingAndRemovingASilenceBringsTheShippedWordBack() throws Exception {
        wording.watch(pitch(wording.watchForm()));
        wording.silence(silenceForm("claimed"));
        typeIntoFirstFact(" The mayor claimed it was safe.");
        assertEquals(List.of("Warning Fact 3", "Warning Narrative 2", "Warning Sources"), shown());

        wording.remove(wording.rows().get(0));

        assertEquals(List.of("Silenced \u201Cclaim\u201D"), headlines());
        assertEquals("\u201Cpitch\u201D is no longer flagged in this project.", wording.noteProperty().get());
        assertEquals(DEMO_FINDINGS, shown());

        wording.remove(wording.rows().get(0));

        assertEquals(List.of(), wording.rows());
        assertEquals("\u201Cclaim\u201D is flagged again in this project.", wording.noteProperty().get());
        assertEquals(List.of("Warning Fact 1", "Warning Narrative 2", "Warning Sources"), shown());
        session.closeCurrent();
        try (Project project = files.open(file)) {
            assertEquals(List.of(), project.checks().wordingChoices(), "both gone from the file");
        }
        open();
    }

    @Test
    void choicesTheShippedLexiconOrTheCheckDoNotKnowAreListedAsTheyAre() {
        checks.wording().silence("harbourmaster");
        checks.wording().choose(new WordingChoice(WordingChoice.Kind.WATCH, "pier", "gossip", "plural",
                List.of(), "Why not.", "", NOW));

        assertEquals(List.of("Silenced \u201Charbourmaster\u201D", "Watching \u201Cpier\u201D: category \u201Cgossip\u201D, "
                + "inflection \u201Cplural\u201D"), headlines());
        assertEquals("Not in the shipped lexicon: silencing it changes nothing. Chosen by nell.",
                wording.rows().get(0).details());
        assertEquals("No suggestion: the word should go. Why not.", wording.rows().get(1).details());
    }
}
