package org.factdesk.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.model.Citation;
import org.factdesk.model.Excerpt;
import org.factdesk.model.ExcerptDraft;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.Project;
import org.factdesk.model.ReviewStatus;
import org.factdesk.model.Source;
import org.factdesk.model.SourceDraft;

/**
 * A small fictional project whose stored texts each hold one unique word, so that a test can alter exactly one
 * part of the file: the Herald's text (Quillmarsh), a fact (Brackenfold), a narrative (Fenwhistle) and a story
 * title (Tidewater). Test helper.
 */
public record DamagedProjectFixture(Path file, long heraldId, long gazetteId, long storyId, long otherStoryId,
                                    long factCitingHeraldId, long factWithWordId) {

    public static final String HERALD_TEXT = "The Quillmarsh footbridge will close for repairs on Monday. "
            + "Engineers found rust along the main span. " + "x".repeat(80)
            + " Ferries will carry foot passengers while the work lasts.";
    public static final String GAZETTE_TEXT = "The town council said the Saltcombe crossing would reopen in May.";

    public static DamagedProjectFixture createIn(Path folder) throws Exception {
        Path file = folder.resolve("harbour.mv.db");
        try (Project project = new H2ProjectFiles().openOrCreate(file)) {
            Source herald = project.library().addSource(new SourceDraft("Harbour Herald", "Bridge closes",
                    "R. Osei", "https://herald.example/bridge", LocalDate.of(2031, 3, 4), "council", HERALD_TEXT,
                    "test"));
            Source gazette = project.library().addSource(new SourceDraft("Bay Gazette", "Crossing to reopen", "",
                    "", null, "", GAZETTE_TEXT, "test"));
            Excerpt passage = project.library().addExcerpt(ExcerptDraft.of(gazette.id(), GAZETTE_TEXT, 0, 23));
            long storyId = project.stories().createStory("Tidewater bridge shut", "Repairs from Monday.",
                    HouseStyle.DEFAULT).id();
            long citingHerald = project.stories().addFact(storyId, 0, "The footbridge closes on Monday.",
                    List.of(Citation.ofWholeSource(herald.id())), 5).id();
            long withWord = project.stories().addFact(storyId, 1, "Brackenfold engineers found rust.",
                    List.of(Citation.ofExcerpt(passage)), 3).id();
            project.stories().updateReviewStatus(withWord, ReviewStatus.VERIFIED);
            project.stories().addNarrative(storyId, 0, "Council", "Council", "Fenwhistle said it was safe.");
            long other = project.stories().createStory("Ferry timetable", "", HouseStyle.DEFAULT).id();
            project.stories().addFact(other, 0, "Ferries run every hour.",
                    List.of(Citation.ofWholeSource(gazette.id())), 6);
            return new DamagedProjectFixture(file, herald.id(), gazette.id(), storyId, other, citingHerald,
                    withWord);
        }
    }

    /** Changes every stored copy of {@code word} to {@code replacement} (same length), as {@link StoredBytes#alter}. */
    public void alter(String word, String replacement) throws Exception {
        StoredBytes.alter(file, word, replacement);
    }

    /** Runs {@code statement} on the closed project, as {@link StoredBytes#sql} does. */
    public void sql(String statement) throws Exception {
        StoredBytes.sql(file, statement);
    }
}
