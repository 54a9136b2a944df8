package org.factdesk.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.factdesk.logic.search.ProjectSearchIndex;
import org.factdesk.logic.search.SearchHit;
import org.factdesk.logic.search.SearchQuery;
import org.factdesk.logic.search.SearchQueryException;
import org.factdesk.logic.search.SearchResults;
import org.factdesk.logic.search.SourceHits;
import org.factdesk.logic.text.VisibleText;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectFileException;
import org.factdesk.store.H2ProjectFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code factdesk search}: every hit of a query in a project's sources, one line each, tab-separated: the
 * source's id, the hit's offset in the source's text (or the metadata field it is in) and its snippet on one
 * line. Opens the project read-only and indexes it for this one run. One run, on the calling thread.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the text and metadata of a project's sources. Prints one hit per line: the "
                + "source id, the offset in its text (or the metadata field: outlet, title, author, url, "
                + "perspective) and a snippet, separated by tabs. Words must all match; \"words in quotes\" "
                + "match as a phrase; case and accents are ignored.")
final class SearchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<project.mv.db>", description = "The project file.")
    Path projectFile;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "<query>",
            description = "What to find, e.g. '\"night ferry\" harbour' (several arguments are joined).")
    List<String> query;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ProjectFileException, UserError {
        SearchQuery parsed;
        try {
            parsed = SearchQuery.parse(String.join(" ", query));
        } catch (SearchQueryException e) {
            throw new UserError(e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Project project = new H2ProjectFiles().openForReading(H2ProjectFiles.withSuffix(projectFile));
                ProjectSearchIndex index = ProjectSearchIndex.of(project.library())) {
            print(out, index.search(parsed, Integer.MAX_VALUE));
        }
        out.flush();
        return FactdeskCli.EXIT_OK;
    }

    private static void print(PrintWriter out, SearchResults results) {
        for (SourceHits source : results.sources()) {
            for (SearchHit hit : source.hits()) {
                String place = hit.inText() ? Integer.toString(hit.start()) : hit.field().label();
                out.println(source.source().id() + "\t" + place + "\t"
                        + VisibleText.line(hit.snippet().oneLine()));
            }
        }
    }
}
