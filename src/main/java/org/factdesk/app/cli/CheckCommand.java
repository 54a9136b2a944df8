package org.factdesk.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import org.factdesk.logic.check.CheckReport;
import org.factdesk.logic.check.CheckReportJson;
import org.factdesk.logic.check.Finding;
import org.factdesk.logic.check.StoryChecks;
import org.factdesk.logic.check.StorySnapshot;
import org.factdesk.logic.text.VisibleText;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectFileException;
import org.factdesk.store.H2ProjectFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code factdesk check}: runs the trust checks on one story and prints the findings, one per line or as JSON;
 * exits 1 when any error remains. Opens the project for reading only. One run.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a story: every fact cited, every quote and number in its sources, neutral wording "
                + "in the facts, no repeated facts, "
                + "two or more full narratives, and more than one outlet. Prints one finding per line, "
                + "'<error|warning> <place>: <message>', or with --format json one object with the findings and "
                + "each outlet's and perspective's share of the facts. Exit status 1 when errors remain.")
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "<project.mv.db>", description = "The project file.")
    Path projectFile;

    @Option(names = "--story", required = true, paramLabel = "<id>",
            description = "The story's id, as 'factdesk list' shows it.")
    long storyId;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text (the default) or json.")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ProjectFileException, UserError {
        StorySnapshot snapshot;
        try (Project project = new H2ProjectFiles().openForReading(H2ProjectFiles.withSuffix(projectFile))) {
            if (project.stories().findStory(storyId).isEmpty()) {
                throw new UserError(project.file().getFileName() + " has no story with id " + storyId
                        + "; 'factdesk list " + projectFile + "' shows the ids.");
            }
            snapshot = StorySnapshot.read(project, storyId);
        }
        // No ignores are stored in a project yet; when they are, the stored keys go here.
        CheckReport report = new StoryChecks().run(snapshot).without(Set.of());
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.print(CheckReportJson.write(storyId, report));
        } else {
            for (Finding finding : report.findings()) {
                out.println(finding.severity().word() + " " + finding.place() + ": "
                        + VisibleText.line(finding.message()));
            }
        }
        out.flush();
        return report.hasErrors() ? FactdeskCli.EXIT_FAILED : FactdeskCli.EXIT_OK;
    }
}
