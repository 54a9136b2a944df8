package org.factdesk.logic.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.logic.format.HouseFormat;
import org.factdesk.logic.interchange.StoryJsonWriter;
import org.factdesk.model.Citation;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectStorageException;
import org.factdesk.model.Source;
import org.factdesk.model.SourceDraft;
import org.factdesk.store.H2ProjectFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoryExportsTest {

    @TempDir
    Path folder;

    private Project project;
    private long storyId;

    @BeforeEach
    void storeAStory() throws Exception {
        project = new H2ProjectFiles().openOrCreate(folder.resolve("exports.mv.db"));
        Source wire = project.library().addSource(new SourceDraft("Fenwick Wire", "Tram depot floods", "", "",
                LocalDate.of(2033, 2, 1), "", "Water reached the tram depot overnight.", "test"));
        storyId = project.stories().createStory("Tram depot floods", "Services are cut.", HouseStyle.DEFAULT).id();
        project.stories().addFact(storyId, 0, "Water reached the depot overnight.",
                List.of(Citation.ofWholeSource(wire.id())), 0);
        project.stories().addNarrative(storyId, 0, "Operator narrative", "Fenwick Wire", "Repairs take a week.");
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void textHtmlAndMarkdownAreTheHouseFormatRendered() {
        var formatted = HouseFormat.format(project.stories().loadStory(storyId));
        StoryExports exports = new StoryExports();

        assertEquals(PlainTextExport.render(formatted), exports.export(project, storyId, ExportFormat.TEXT));
        assertEquals(HtmlExport.render(formatted), exports.export(project, storyId, ExportFormat.HTML));
        assertEquals(MarkdownExport.render(formatted), exports.export(project, storyId, ExportFormat.MARKDOWN));
        assertTrue(exports.export(project, storyId, ExportFormat.TEXT).contains("overnight.1"));
    }

    @Test
    void jsonIsTheInterchangeWritersOutput() {
        assertEquals(new StoryJsonWriter(project).write(storyId),
                new StoryExports().export(project, storyId, ExportFormat.JSON));
    }

    @Test
    void unknownStoryIsAStorageErrorForTheUser() {
        ProjectStorageException error = assertThrows(ProjectStorageException.class,
                () -> new StoryExports().export(project, 999, ExportFormat.HTML));
        assertTrue(error.getMessage().contains("999"), error.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"text, TEXT, txt", "html, HTML, html", "md, MARKDOWN, md", "json, JSON, json", "MD, MARKDOWN, md"})
    void cliNamesAndExtensions(String name, ExportFormat format, String extension) {
        assertEquals(format, ExportFormat.ofCliName(name).orElseThrow());
        assertEquals(extension, format.extension());
    }

    @Test
    void unknownCliNameHasNoFormat() {
        assertTrue(ExportFormat.ofCliName("pdf").isEmpty());
        assertEquals("text, html, md, json", ExportFormat.cliNames());
    }
}
