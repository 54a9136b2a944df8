package org.factdesk.logic.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.factdesk.model.Project;
import org.factdesk.model.Source;
import org.factdesk.model.SourceDraft;
import org.factdesk.store.H2ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectSearchIndexOfLibraryTest {

    private static final String[] PLACES = {"north pier", "east quay", "night ferry", "lighthouse", "fish market"};

    @TempDir
    Path folder;

    @Test
    void aLibraryIndexedAtOnceOnSeveralThreadsAnswersAsOneIndexedSourceBySource() throws Exception {
        try (Project project = new H2ProjectFiles().createNew(folder.resolve("isle.mv.db"))) {
            for (int i = 0; i < 60; i++) {
                StringBuilder text = new StringBuilder();
                for (int s = 0; s < 20; s++) {
                    text.append("Report ").append(i).append(": the ").append(PLACES[(i + s) % PLACES.length])
                            .append(" closed ").append(s % 3 == 0 ? "early" : "late").append(". ");
                }
                project.library().addSource(new SourceDraft("Isle Post " + i, "Notes " + i, "", "", null, "",
                        text.toString(), "test"));
            }
            try (ProjectSearchIndex atOnce = ProjectSearchIndex.of(project.library());
                    ProjectSearchIndex oneByOne = new ProjectSearchIndex()) {
                for (Source source : project.library().sources()) {
                    oneByOne.put(source, project.library().sourceText(source.id()));
                }

                assertEquals(60, atOnce.size());
                for (String query : new String[] {"\"night ferry\" early", "piers", "\"Isle Post 7\"", "quays"}) {
                    SearchQuery parsed = SearchQuery.parse(query);
                    assertEquals(oneByOne.search(parsed, 10_000), atOnce.search(parsed, 10_000), query);
                }
            }
        }
    }
}
