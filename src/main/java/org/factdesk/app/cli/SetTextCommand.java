package org.factdesk.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.factdesk.logic.anchoring.CorrectionRefusedException;
import org.factdesk.logic.anchoring.SourceCorrection;
import org.factdesk.logic.importing.SourceFileReader;
import org.factdesk.logic.importing.SourceImportException;
import org.factdesk.logic.text.VisibleText;
import org.factdesk.model.Excerpt;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectFileException;
import org.factdesk.model.TextCorrection;
import org.factdesk.store.H2ProjectFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code factdesk set-text}: corrects a source's text from a file, as the workstation's correction does (the old
 * text kept as a version, every passage found again, facts whose passages moved or were lost flagged for review)
 * and prints one line per passage: {@code <excerpt id>\t<unchanged|moved|orphaned>\t<quote>}. The file is read
 * and checked in full before the project is opened. One run.
 */
@Command(name = "set-text", mixinStandardHelpOptions = true,
        description = "Replace a source's text with the text of a file (.txt, .md or .html), keeping the old "
                + "text as a version, and find its passages again; prints each passage's outcome.")
final class SetTextCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<project.mv.db>", description = "The project file.")
    Path projectFile;

    @Parameters(index = "1", paramLabel = "<source id>", description = "The source to correct ('list' shows ids).")
    long sourceId;

    @Parameters(index = "2", paramLabel = "<file>", description = "The new text: a .txt, .md or .html file.")
    Path textFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ProjectFileException, IOException, UserError {
        String text = read();
        TextCorrection correction;
        try (Project project = new H2ProjectFiles().open(H2ProjectFiles.withSuffix(projectFile))) {
            if (project.library().source(sourceId).isEmpty()) {
                throw new UserError(project.file().getFileName() + " has no source with id " + sourceId
                        + "; 'factdesk list " + projectFile + "' shows the ids.");
            }
            correction = new SourceCorrection(project).correct(sourceId, text);
        } catch (CorrectionRefusedException e) {
            throw new UserError(textFile.getFileName() + ": " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Excerpt excerpt : correction.excerpts()) {
            out.println(line(excerpt));
        }
        out.flush();
        return FactdeskCli.EXIT_OK;
    }

    /** One passage's line; the quote on one line, its tabs and line breaks as spaces. */
    static String line(Excerpt excerpt) {
        String quote = excerpt.quote().replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
        return excerpt.id() + "\t" + excerpt.anchoring().name().toLowerCase(Locale.ROOT) + "\t"
                + VisibleText.line(quote);
    }

    private String read() throws IOException, UserError {
        if (Files.isDirectory(textFile)) {
            throw new UserError(textFile + " is a folder, not a text file.");
        }
        try {
            return new SourceFileReader().read(textFile).text();
        } catch (SourceImportException e) {
            throw new UserError(e.getMessage(), e);
        }
    }
}
