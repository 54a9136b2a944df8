package org.factdesk.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.factdesk.logic.check.CheckReport;
import org.factdesk.logic.check.CheckReportJson;
import org.factdesk.logic.check.Finding;
import org.factdesk.logic.check.ProjectWording;
import org.factdesk.logic.check.StoryChecks;
import org.factdesk.logic.check.StorySnapshot;
import org.factdesk.logic.text.VisibleText;
import org.factdesk.model.IgnoredFinding;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectDamagedException;
import org.factdesk.model.ProjectFileException;
import org.factdesk.store.H2ProjectFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code factdesk check}: runs the trust checks on one story, with the project's wording choices, and prints the
 * findings the story's ignores do not leave out, one per line or as JSON; exits 1 when any error remains or the
 * project's check settings are damaged. Opens the project for reading only. One run.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a story: every fact cited, every quote and number in its sources, neutral wording "
                + "in the facts, no repeated facts, "
                + "two or more full narratives, and more than one outlet. Prints one finding per line, "
                + "'<error|warning> <place>: <message>', or with --format json one object with the findings and "
                + "each outlet's and perspective's share of the facts. Findings ignored in the story are left out, "
                + "and the project's own wording choices are used. Exit status 1 when errors remain.")
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
        Set<String> ignoredKeys = Set.of();
        ProjectWording wording = ProjectWording.of(List.of());
        List<String> damage = new ArrayList<>();
        try (Project project = new H2ProjectFiles().openForReading(H2ProjectFiles.withSuffix(projectFile))) {
            if (project.stories().findStory(storyId).isEmpty()) {
                throw new UserError(project.file().getFileName() + " has no story with id " + storyId
                        + "; 'factdesk list " + projectFile + "' shows the ids.");
            }
            snapshot = StorySnapshot.read(project, storyId);
            // Damaged settings cost only themselves: the check still runs, showing more rather than less.
            try {
                ignoredKeys = project.checks().ignoredFindings(storyId).stream().map(IgnoredFinding::key)
                        .collect(Collectors.toSet());
            } catch (ProjectDamagedException e) {
                damage.add(e.getMessage() + " The check ran without the story's ignores: no finding was left out.");
            }
            try {
                wording = ProjectWording.of(project.checks().wordingChoices());
            } catch (ProjectDamagedException e) {
                damage.add(e.getMessage() + " The check ran with the shipped wording lexicon alone.");
            }
        }
        CheckReport all = new StoryChecks(wording.rules()).run(snapshot);
        CheckReport report = all.without(ignoredKeys);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.print(CheckReportJson.write(storyId, report, all.findings().size() - report.findings().size()));
        } else {
            for (Finding finding : report.findings()) {
                out.println(finding.severity().word() + " " + finding.place() + ": "
                        + VisibleText.line(finding.message()));
            }
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        for (String problem : wording.problems()) {
            err.println("factdesk: warning: " + VisibleText.line(problem));
        }
        for (String message : damage) {
            err.println("factdesk: error: " + VisibleText.line(message));
        }
        err.flush();
        return report.hasErrors() || !damage.isEmpty() ? FactdeskCli.EXIT_FAILED : FactdeskCli.EXIT_OK;
    }
}
