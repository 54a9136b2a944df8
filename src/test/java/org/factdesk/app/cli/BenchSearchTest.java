package org.factdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.factdesk.logic.bench.LargeProjectGenerator;
import org.factdesk.model.Project;
import org.factdesk.store.H2ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchSearchTest {

    @TempDir
    Path folder;

    @Test
    void theSearchFigureReportsTheIndexBuildAndAPhraseThatTheProjectHolds() throws Exception {
        StringWriter printed = new StringWriter();
        BenchFigure figure;
        try (Project project = new H2ProjectFiles().openOrCreate(folder.resolve("small.mv.db"))) {
            new LargeProjectGenerator(5, new LargeProjectGenerator.Size(12, 4, 3, 6, 5, 4_000)).generate(project);
            figure = new BenchSearch(2).measure(project, new PrintWriter(printed, true));
        }

        assertEquals("search phrase", figure.name());
        assertEquals(50, figure.targetMillis());
        assertTrue(figure.line().contains("raw scan"), figure.line());
        assertTrue(printed.toString().matches("(?s)Indexed 12 sources \\(0\\.\\d MB of text\\) for search in .* s; "
                + "\"night ferry\" has [1-9]\\d* hits \\(the window lists up to 1000\\)\\s*"), printed.toString());
    }

    @Test
    void theRawScanCountsEveryOccurrence() {
        assertEquals(3, BenchSearch.countOccurrences(List.of("night ferry, night ferry", "the night ferry"),
                "night ferry"));
    }
}
