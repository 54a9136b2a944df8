package org.factdesk.logic.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.factdesk.model.Citation;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.Project;
import org.factdesk.model.Story;
import org.factdesk.model.StoryDocument;
import org.factdesk.store.H2ProjectFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules of the story list, on a real project file. */
class StoryShelfTest {

    @TempDir
    Path folder;

    private Project project;

    @BeforeEach
    void open() throws Exception {
        project = new H2ProjectFiles().openOrCreate(folder.resolve("shelf.mv.db"));
    }

    @AfterEach
    void close() {
        project.close();
    }

    private List<String> titles() {
        return project.stories().stories().stream().map(Story::title).toList();
    }

    @Test
    void aProjectWithoutStoriesOpensOnANewUntitledOne() {
        StoryShelf.Opened opened = StoryShelf.open(project, 0);

        assertEquals(List.of(StoryShelf.UNTITLED), titles());
        assertEquals(StoryShelf.UNTITLED, opened.open().story().title());
    }

    @Test
    void theWantedStoryOpensWhileItExistsAndTheFirstOneOtherwise() {
        Story ferry = project.stories().createStory("Ferry timetable", "", HouseStyle.DEFAULT);
        Story quay = project.stories().createStory("Quay repairs", "", HouseStyle.DEFAULT);

        assertEquals(quay.id(), StoryShelf.open(project, quay.id()).open().story().id());
        assertEquals(ferry.id(), StoryShelf.open(project, 9_999).open().story().id());
        assertEquals(2, StoryShelf.open(project, 9_999).stories().size());
    }

    @Test
    void aBlankTitleMakesAnUntitledStory() {
        assertEquals(StoryShelf.UNTITLED, StoryShelf.create(project, "   ").story().title());
        assertEquals("Pier budget", StoryShelf.create(project, "  Pier budget ").story().title());
    }

    @Test
    void deletingTheOpenStoryOpensTheFirstOneLeftOrANewOneWhenNoneIsLeft() {
        Story ferry = project.stories().createStory("Ferry timetable", "", HouseStyle.DEFAULT);
        Story quay = project.stories().createStory("Quay repairs", "", HouseStyle.DEFAULT);

        assertEquals(Optional.empty(), StoryShelf.delete(project, quay.id(), false), "another story stays open");
        Optional<StoryDocument> next = StoryShelf.delete(project, ferry.id(), true);

        assertTrue(next.isPresent());
        assertEquals(StoryShelf.UNTITLED, next.get().story().title());
        assertEquals(List.of(StoryShelf.UNTITLED), titles());
    }

    @Test
    void aDuplicateKeepsTheFactsAndIsMarkedAsACopy() {
        Story ferry = project.stories().createStory("Ferry timetable", "The ferry changes.", HouseStyle.DEFAULT);
        project.stories().addFact(ferry.id(), 0, "The first boat leaves at six.", List.<Citation>of(), 3);

        StoryDocument copy = StoryShelf.duplicate(project, ferry.id());

        assertEquals("Ferry timetable (copy)", copy.story().title());
        assertEquals(List.of("The first boat leaves at six."), copy.facts().stream().map(fact -> fact.text()).toList());
    }
}
