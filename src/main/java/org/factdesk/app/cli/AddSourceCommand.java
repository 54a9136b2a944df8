package org.factdesk.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.factdesk.logic.duplicates.DuplicateSources;
import org.factdesk.logic.importing.ExtractedSource;
import org.factdesk.logic.importing.SourceFileReader;
import org.factdesk.logic.importing.SourceImportException;
import org.factdesk.logic.importing.SourceWithOriginal;
import org.factdesk.logic.text.VisibleText;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectFileException;
import org.factdesk.model.Source;
import org.factdesk.model.SourceDraft;
import org.factdesk.model.SourceOriginal;
import org.factdesk.store.H2ProjectFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code factdesk add-source}: imports files as sources, one line per file, tab-separated: what was added, which
 * source a duplicate copies, or why a file failed. Every file is tried; the status is 1 if any failed. Each file
 * is added on its own, so a failure later never takes back what was added before. One run.
 */
@Command(name = "add-source", mixinStandardHelpOptions = true,
        description = "Add files as sources of a project (created if missing). Prints a line per file: "
                + "<file> TAB <id> TAB <outlet> TAB <title> TAB <characters> when added, <file> TAB duplicate of "
                + "<id> when skipped, <file> TAB error TAB <message> when it failed; exits 1 if any failed.")
final class AddSourceCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<project.mv.db>", description = "The project file; created if missing.")
    Path projectFile;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "<file>", description = "Files to add as sources.")
    List<Path> files;

    @Option(names = "--allow-duplicates", description = "Add a file even when the project has its article.")
    boolean allowDuplicates;

    @Spec
    CommandSpec spec;

    private final SourceFileReader reader = new SourceFileReader();

    @Override
    public Integer call() throws ProjectFileException {
        PrintWriter out = spec.commandLine().getOut();
        boolean anyFailed = false;
        try (Project project = new H2ProjectFiles().openOrCreate(projectFile)) {
            DuplicateSources known = allowDuplicates ? new DuplicateSources() : DuplicateSources.of(project.library());
            for (Path file : files) {
                String shown = VisibleText.line(file.toString());
                Optional<ExtractedSource> extracted = read(file, out, shown);
                if (extracted.isEmpty()) {
                    anyFailed = true;
                    continue;
                }
                Optional<SourceDraft> draft = extracted.map(ExtractedSource::draft);
                Optional<Long> original = allowDuplicates ? Optional.empty()
                        : known.duplicateOf(draft.get().url(), draft.get().text());
                if (original.isPresent()) {
                    out.println(shown + "\tduplicate of " + original.get());
                    continue;
                }
                Source added = addWithOriginal(project, extracted.get(), file);
                known.add(added.id(), added.url(), draft.get().text());
                out.println(String.join("\t", shown, Long.toString(added.id()), VisibleText.line(added.outlet()),
                        VisibleText.line(added.title()),
                        Integer.toString(draft.get().text().codePointCount(0, draft.get().text().length()))));
                out.flush();
            }
        }
        out.flush();
        return anyFailed ? FactdeskCli.EXIT_FAILED : FactdeskCli.EXIT_OK;
    }

    /** The source and the file it came from, in one transaction: a source is never left without its original. */
    private static Source addWithOriginal(Project project, ExtractedSource extracted, Path file) {
        // A saved-page folder keeps its page's bytes under the folder's name.
        return SourceWithOriginal.add(project, extracted.draft(), new SourceOriginal(
                String.valueOf(file.getFileName()), extracted.mediaType(), extracted.original()));
    }

    private Optional<ExtractedSource> read(Path file, PrintWriter out, String shown) {
        String problem;
        try {
            return Optional.of(reader.extract(file));
        } catch (SourceImportException e) {
            problem = e.getMessage();
        } catch (NoSuchFileException e) {
            problem = "there is no such file";
        } catch (AccessDeniedException e) {
            problem = "Factdesk is not allowed to read it";
        } catch (IOException e) {
            problem = "it could not be read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        out.println(shown + "\terror\t" + VisibleText.line(problem));
        return Optional.empty();
    }
}
