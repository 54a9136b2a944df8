package org.factdesk.ui.shell;

import java.util.Objects;
import org.factdesk.model.Project;
import org.factdesk.ui.common.EditorSession;
import org.factdesk.ui.source.ReadingPlace;
import org.factdesk.ui.source.SourcePaneModel;

/**
 * Remembers, per project file, which source the editor was reading and how far down, and goes back there when
 * that project is opened again (at the next start too). Each project's place is written as it changes, and only
 * once that project's own place has been restored, so that opening a project never records its first source
 * over the place remembered for it. JavaFX thread; the settings cache in memory and write themselves to the
 * disk behind it ({@link WorkstationSettings#forUser}), so a place survives a killed workstation.
 */
final class ReadingPlaceMemory {

    private final EditorSession session;
    private final SourcePaneModel sources;
    private final WorkstationSettings settings;
    /** The project whose place has been restored, and whose changes are therefore remembered. */
    private Project restored;

    ReadingPlaceMemory(EditorSession session, SourcePaneModel sources, WorkstationSettings settings) {
        this.session = Objects.requireNonNull(session);
        this.sources = Objects.requireNonNull(sources);
        this.settings = Objects.requireNonNull(settings);
        // A project open before this window was built keeps what the editor sees now.
        restored = session.project().projectProperty().get();
        // A newly opened project's sources are listed by the time its story is shown, not when it is set.
        session.story().documentProperty().addListener((observable, old, now) -> restoreIfNew());
        sources.readingPlaceProperty().addListener((observable, old, now) -> remember(now));
    }

    private void restoreIfNew() {
        Project project = session.project().projectProperty().get();
        if (project == null || project == restored) {
            return;
        }
        settings.readingPlace(project.file()).ifPresent(sources::restore);
        restored = project;
    }

    private void remember(ReadingPlace place) {
        Project project = session.project().projectProperty().get();
        if (place != null && project != null && project == restored) {
            settings.rememberReadingPlace(project.file(), place);
        }
    }
}
