package org.factdesk.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.factdesk.logic.export.ExportFormat;
import org.factdesk.logic.export.StoryExports;
import org.factdesk.logic.export.ExportWrite;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectFileException;
import org.factdesk.store.H2ProjectFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code factdesk export}: one story in one format, to stdout or to a file, always UTF-8. The export is made in
 * full before anything is written, so a failure never leaves half a file; a target that holds a project is
 * refused (see {@link ExportWrite}). One run.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write one story as plain text, HTML, Markdown or JSON.")
final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<project.mv.db>", description = "The project file.")
    Path projectFile;

    @Option(names = "--story", required = true, paramLabel = "<id>",
            description = "The story's id, as 'factdesk list' shows it.")
    long storyId;

    @Option(names = "--format", required = true, paramLabel = "<format>", converter = FormatName.class,
            description = "One of: text, html, md, json.")
    ExportFormat format;

    @Option(names = "--out", paramLabel = "<file>",
            description = "Write to this file (replacing it; a FIFO or device is written to, not replaced) instead "
                    + "of standard output. Never a project file.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ProjectFileException, UserError {
        refuseBlankOut();
        H2ProjectFiles files = new H2ProjectFiles();
        String content;
        Project exported;
        try (Project project = files.openForReading(H2ProjectFiles.withSuffix(projectFile))) {
            requireStory(project);
            content = new StoryExports().export(project, storyId, format);
            exported = project;
        }
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(content);
            stdout.flush();
        } else {
            write(new ExportWrite(files), exported, content);
        }
        return FactdeskCli.EXIT_OK;
    }

    /**
     * An empty {@code --out} names no file, though it resolves to the current folder: the user is told what they
     * typed, not that a folder cannot be written. A name of only spaces is refused too, as a project's path is.
     */
    private void refuseBlankOut() throws UserError {
        if (out != null && out.toString().isBlank()) {
            throw new UserError("the --out path is " + (out.toString().isEmpty() ? "empty" : "only white space")
                    + ": name the file to write, such as story.html, or leave out --out to write to standard output.");
        }
    }

    /** Looks up this story alone: damage to another story must not stand in the way of exporting a sound one. */
    private void requireStory(Project project) throws UserError {
        if (project.stories().findStory(storyId).isEmpty()) {
            throw new UserError(project.file().getFileName() + " has no story with id " + storyId
                    + "; 'factdesk list " + projectFile + "' shows the ids.");
        }
    }

    private void write(ExportWrite export, Project exported, String content) throws UserError {
        try {
            export.write(exported, out, content);
        } catch (NoSuchFileException e) {
            throw new UserError("cannot write " + out + ": the folder " + out.toAbsolutePath().getParent()
                    + " does not exist.", e);
        } catch (IOException e) {
            throw new UserError("cannot write " + out + ": " + FailureReport.reason(e), e);
        }
    }

    /** Reads the command-line names of the formats (md, not MARKDOWN). */
    static final class FormatName implements ITypeConverter<ExportFormat> {

        @Override
        public ExportFormat convert(String value) {
            return ExportFormat.ofCliName(value).orElseThrow(() -> new TypeConversionException(
                    "unknown format '" + value + "' (choose one of " + ExportFormat.cliNames() + ")"));
        }
    }
}
