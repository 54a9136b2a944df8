package org.factdesk.logic.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.factdesk.model.Citation;
import org.factdesk.model.Excerpt;
import org.factdesk.model.Fact;
import org.factdesk.model.Project;
import org.factdesk.model.Source;
import org.factdesk.model.Story;
import org.factdesk.model.StoryDocument;
import org.factdesk.store.H2ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LargeProjectGeneratorTest {

    private static final LargeProjectGenerator.Size SMALL = new LargeProjectGenerator.Size(12, 4, 3, 6, 5, 4_000);

    @TempDir
    Path folder;

    @Test
    void writesTheRequestedNumbersOfEverything() throws Exception {
        try (Project project = new H2ProjectFiles().openOrCreate(folder.resolve("small.mv.db"))) {
            LargeProjectGenerator.Summary summary = new LargeProjectGenerator(1, SMALL).generate(project);

            List<Source> sources = project.library().sources();
            assertEquals(12, sources.size());
            assertEquals(12, summary.sources());
            assertEquals(48, summary.excerpts());
            for (Source source : sources) {
                assertEquals(4, project.library().excerptsOf(source.id()).size());
            }
            List<Story> stories = project.stories().stories();
            assertEquals(3, stories.size());
            for (Story story : stories) {
                StoryDocument document = project.stories().loadStory(story.id());
                assertEquals(6, document.facts().size());
                int narratives = document.narratives().size();
                assertTrue(narratives >= 2 && narratives <= 3, "narratives: " + narratives);
                assertTrue(document.sources().size() <= 5, "cited sources: " + document.sources().size());
                for (Fact fact : document.facts()) {
                    assertTrue(fact.citations().size() >= 1 && fact.citations().size() <= 3, fact.toString());
                }
            }
            assertEquals(18, summary.facts());
        }
    }

    @Test
    void excerptsAreRealPassagesOfParagraphStructuredText() throws Exception {
        try (Project project = new H2ProjectFiles().openOrCreate(folder.resolve("text.mv.db"))) {
            new LargeProjectGenerator(2, SMALL).generate(project);

            for (Source source : project.library().sources()) {
                String text = project.library().sourceText(source.id());
                assertTrue(text.length() >= 4_000, "length " + text.length());
                assertTrue(text.contains("\n\n"), "paragraphs");
                assertTrue(text.lines().mapToInt(String::length).max().orElse(0) < 2_000, "no giant line");
                for (Excerpt excerpt : project.library().excerptsOf(source.id())) {
                    assertEquals(text.substring(excerpt.start(), excerpt.end()), excerpt.quote());
                    assertTrue(excerpt.quote().endsWith("."), excerpt.quote());
                }
            }
        }
    }

    @Test
    void storiesMixExcerptAndWholeSourceCitations() throws Exception {
        try (Project project = new H2ProjectFiles().openOrCreate(folder.resolve("mix.mv.db"))) {
            new LargeProjectGenerator(3, SMALL).generate(project);

            Set<Boolean> kinds = new HashSet<>();
            for (Story story : project.stories().stories()) {
                for (Fact fact : project.stories().loadStory(story.id()).facts()) {
                    fact.citations().stream().map(Citation::isWholeSource).forEach(kinds::add);
                }
            }
            assertEquals(Set.of(true, false), kinds);
        }
    }

    @Test
    void theSameSeedGivesTheSameContent() throws Exception {
        assertEquals(content("a.mv.db", 7), content("b.mv.db", 7));
    }

    private String content(String name, long seed) throws Exception {
        try (Project project = new H2ProjectFiles().openOrCreate(folder.resolve(name))) {
            new LargeProjectGenerator(seed, SMALL).generate(project);
            StringBuilder all = new StringBuilder();
            for (Source source : project.library().sources()) {
                all.append(source.outlet()).append(source.title()).append(project.library().sourceText(source.id()));
            }
            for (Story story : project.stories().stories()) {
                all.append(project.stories().loadStory(story.id()).facts());
            }
            return all.toString();
        }
    }
}
