package org.factdesk.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.factdesk.logic.interchange.StoryJsonWriter;
import org.factdesk.logic.text.VisibleText;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectFileException;
import org.factdesk.model.Source;
import org.factdesk.store.H2ProjectFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code factdesk source}: one source of a project, as its details and then its text, or as one JSON object.
 * Opens the project for reading only. One run.
 */
@Command(name = "source", mixinStandardHelpOptions = true,
        description = "Print a source of a project: its details, a blank line and its text; or, with --format "
                + "json, one JSON object with id, outlet, title, author, url, published, perspective and text.")
final class SourceCommand implements Callable<Integer> {

    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "<project.mv.db>", description = "The project file.")
    Path projectFile;

    @Parameters(index = "1", paramLabel = "<id>", description = "The source's id, as `list` shows it.")
    long sourceId;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text (the default) or json.")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ProjectFileException, UserError {
        PrintWriter out = spec.commandLine().getOut();
        try (Project project = new H2ProjectFiles().openForReading(H2ProjectFiles.withSuffix(projectFile))) {
            Source source = project.library().sources().stream().filter(each -> each.id() == sourceId).findFirst()
                    .orElseThrow(() -> new UserError(projectFile.getFileName() + " has no source " + sourceId
                            + ": `factdesk list " + projectFile + "` shows its sources."));
            String text = project.library().sourceText(sourceId);
            if (format == Format.json) {
                out.print(StoryJsonWriter.sourceJson(source, text));
            } else {
                printText(out, source, text);
            }
        }
        out.flush();
        return FactdeskCli.EXIT_OK;
    }

    private static void printText(PrintWriter out, Source source, String text) {
        out.println("id: " + source.id());
        out.println("outlet: " + VisibleText.line(source.outlet()));
        out.println("title: " + VisibleText.line(source.title()));
        out.println("author: " + VisibleText.line(source.author()));
        out.println("url: " + VisibleText.line(source.url()));
        out.println("published: " + (source.published() == null ? "" : source.published().toString()));
        out.println("perspective: " + VisibleText.line(source.perspective()));
        out.println();
        out.println(VisibleText.text(text));
    }
}
