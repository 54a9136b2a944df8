package org.factdesk.store;

import java.util.List;
import org.factdesk.model.CheckSettings;
import org.factdesk.model.IgnoredFinding;
import org.factdesk.model.WordingChoice;

/**
 * What a project keeps for its trust checks, in the H2 project file (schema version 5): the findings ignored in
 * each story ({@link IgnoredFindingRows}) and the project's wording choices ({@link WordingChoiceRows}). Every
 * row is checked against its checksum when read; damage is reported, never passed on, and costs only these
 * settings: opening the project and loading its stories do not read them. Thread-safe through
 * {@link ProjectDatabase}.
 */
final class H2CheckSettings implements CheckSettings {

    private final IgnoredFindingRows ignored;
    private final WordingChoiceRows wording;

    H2CheckSettings(ProjectDatabase database) {
        this.ignored = new IgnoredFindingRows(database);
        this.wording = new WordingChoiceRows(database);
    }

    /** @throws org.factdesk.model.ProjectDamagedException naming the story when one of its ignores is damaged */
    @Override
    public List<IgnoredFinding> ignoredFindings(long storyId) {
        return ignored.of(storyId);
    }

    /** Stores the instant to the microsecond, as the file keeps it. */
    @Override
    public void ignoreFinding(IgnoredFinding finding) {
        ignored.ignore(finding);
    }

    @Override
    public void unignoreFinding(long storyId, String key) {
        ignored.unignore(storyId, key);
    }

    /** @throws org.factdesk.model.ProjectDamagedException naming the choice when one of them is damaged */
    @Override
    public List<WordingChoice> wordingChoices() {
        return wording.all();
    }

    /** Stores the instant to the microsecond, as the file keeps it. */
    @Override
    public void chooseWording(WordingChoice choice) {
        wording.choose(choice);
    }

    @Override
    public void forgetWordingChoice(String term) {
        wording.forget(term);
    }
}
