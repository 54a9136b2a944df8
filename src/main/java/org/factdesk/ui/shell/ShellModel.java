package org.factdesk.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.factdesk.logic.demo.DemoProject;
import org.factdesk.logic.export.ExportFormat;
import org.factdesk.logic.export.StoryExports;
import org.factdesk.logic.export.ExportWrite;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectFileException;
import org.factdesk.model.ProjectFiles;
import org.factdesk.model.RecoveryReport;
import org.factdesk.model.StoryDocument;
import org.factdesk.ui.common.EditorSession;
import org.factdesk.ui.common.UserFacingException;

/**
 * View-model of the window around the panes: the project file (new, open, recent, save a copy), exports, the
 * theme, the window title and what the status bar says. Holds no controls. JavaFX thread; file work runs on
 * the project thread through the session.
 */
public final class ShellModel {

    private final EditorSession session;
    private final ProjectFiles files;
    private final WorkstationSettings settings;
    private final ObservableList<Path> recentProjects = FXCollections.observableArrayList();
    private final BooleanProperty darkTheme = new SimpleBooleanProperty();
    private final StringBinding windowTitle;

    public ShellModel(EditorSession session, ProjectFiles files, WorkstationSettings settings) {
        this.session = session;
        this.files = files;
        this.settings = settings;
        recentProjects.setAll(settings.recentProjects());
        darkTheme.set(settings.darkTheme());
        darkTheme.addListener((observable, old, dark) -> settings.rememberDarkTheme(dark));
        windowTitle = Bindings.createStringBinding(() -> {
            Project project = session.project().projectProperty().get();
            return project == null ? "Factdesk" : project.file().getFileName() + " — Factdesk";
        }, session.project().projectProperty());
        session.story().documentProperty().addListener((observable, old, now) -> {
            if (now != null && (old == null || old.story().id() != now.story().id())) {
                rememberStory(now);
            }
        });
    }

    public EditorSession session() {
        return session;
    }

    // ---- project files

    /**
     * Opens what the editor had open last time. On the very first start (or if that project cannot be opened)
     * it opens the demo project, writing it first if it is not there yet.
     */
    public CompletableFuture<Project> openAtStart(Path demoFile, Executor background) {
        List<Path> recent = settings.recentProjects();
        if (recent.isEmpty()) {
            return openDemo(demoFile, background);
        }
        Path last = recent.get(0);
        // The demo itself may be the project that failed; opening it again would only repeat the error.
        return openProject(last).handle((project, problem) -> project)
                .thenCompose(project -> project != null || last.equals(demoFile)
                        ? CompletableFuture.completedFuture(project) : openDemo(demoFile, background));
    }

    private CompletableFuture<Project> openDemo(Path demoFile, Executor background) {
        return CompletableFuture.runAsync(() -> {
            if (!Files.exists(demoFile)) {
                try {
                    Files.createDirectories(demoFile.getParent());
                    DemoProject.write(files, demoFile);
                } catch (IOException | ProjectFileException e) {
                    throw new CompletionException(e);
                }
            }
        }, background).thenComposeAsync(written -> openProject(demoFile), session.tasks().uiThread());
    }

    /** Opens a project file; on success it becomes the most recent project. */
    public CompletableFuture<Project> openProject(Path file) {
        return remembered(file, session.open(file, false, settings.lastStory(file)));
    }

    /** Creates a new, empty project file and opens it. */
    public CompletableFuture<Project> newProject(Path file) {
        return remembered(file, session.open(file, true, 0));
    }

    private CompletableFuture<Project> remembered(Path file, CompletableFuture<Project> opening) {
        return opening.whenComplete((project, problem) -> {
            if (problem == null) {
                settings.rememberProject(project.file());
                recentProjects.setAll(settings.recentProjects());
            } else {
                if (isMissing(problem)) {
                    // A file that is gone stays gone; one in use or damaged may come back, so it stays listed.
                    settings.forgetProject(file);
                    recentProjects.setAll(settings.recentProjects());
                }
                session.project().errors().report("Open " + file.getFileName(), problem);
            }
        });
    }

    private static boolean isMissing(Throwable problem) {
        Throwable cause = problem instanceof CompletionException && problem.getCause() != null
                ? problem.getCause() : problem;
        return cause instanceof ProjectFileException file && file.problem() == ProjectFileException.Problem.NOT_FOUND;
    }

    /** Writes a consistent copy of the open project; the open project stays the one being edited. */
    public void saveCopy(Path target) {
        session.project().run("Saving a copy…", project -> {
            try {
                files.saveCopy(project, target);
                return target;
            } catch (ProjectFileException e) {
                throw new CompletionException(e);
            }
        }, saved -> session.project().announce("Saved a copy to " + saved));
    }

    /**
     * Copies what is sound in a damaged project file into a new one, in the background; the damaged file is only
     * read. Completes with the report on the JavaFX thread; a failure is reported to the user.
     */
    public CompletableFuture<RecoveryReport> recover(Path damagedFile, Path newFile) {
        return session.project().fileWork("Recovering " + damagedFile.getFileName() + "…",
                () -> files.recover(damagedFile, newFile));
    }

    /** A name for the project a recovery writes, beside the damaged one: "harbour.mv.db" gives "harbour recovered". */
    public static String suggestedRecoveryName(Path damagedFile) {
        String name = damagedFile.getFileName() == null ? "project" : damagedFile.getFileName().toString();
        String base = name.endsWith(".mv.db") ? name.substring(0, name.length() - ".mv.db".length()) : name;
        return (base.isBlank() ? "project" : base) + " recovered.mv.db";
    }

    // ---- exports

    /** Writes the open story in {@code format} to {@code target}, in the background. */
    public CompletableFuture<Path> export(ExportFormat format, Path target) {
        long storyId = session.story().documentProperty().get().story().id();
        return session.project().read("Exporting " + format.cliName().toUpperCase(Locale.ROOT) + "…", project -> {
            try {
                new ExportWrite(files).write(project, target, new StoryExports().export(project, storyId, format));
                return target;
            } catch (IOException e) {
                throw new UserFacingException("Could not write " + target + ": " + e.getMessage(), e);
            }
        }).thenApply(written -> {
            session.project().announce("Exported to " + written);
            return written;
        });
    }

    /** A file name for an export of the open story: its title, made safe for file systems. */
    public String suggestedExportName(ExportFormat format) {
        StoryDocument document = session.story().documentProperty().get();
        String title = document == null ? "" : document.story().title();
        String safe = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "").strip();
        return (safe.isEmpty() ? "story" : safe) + "." + format.extension();
    }

    private void rememberStory(StoryDocument document) {
        Project project = session.project().projectProperty().get();
        if (project != null && document != null && document.story().id() > 0) {
            settings.rememberStory(project.file(), document.story().id());
        }
    }

    // ---- state

    public ObservableList<Path> recentProjects() {
        return recentProjects;
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    public StringBinding windowTitleProperty() {
        return windowTitle;
    }

    public WorkstationSettings settings() {
        return settings;
    }
}
