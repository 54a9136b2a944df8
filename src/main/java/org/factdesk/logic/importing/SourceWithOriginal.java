package org.factdesk.logic.importing;

import org.factdesk.model.Project;
import org.factdesk.model.Source;
import org.factdesk.model.SourceDraft;
import org.factdesk.model.SourceOriginal;

/**
 * Adds a source together with the file it was imported from, in one transaction, so that a source is never
 * left without its original nor an original without its source. The command line and the window both add
 * imports this way. Runs on the caller's thread, which holds the project (never the JavaFX thread).
 */
public final class SourceWithOriginal {

    private SourceWithOriginal() {
    }

    /** Adds {@code draft} as a source and keeps {@code original} with it; both land, or neither. */
    public static Source add(Project project, SourceDraft draft, SourceOriginal original) {
        return project.inTransaction(() -> {
            Source added = project.library().addSource(draft);
            project.library().storeOriginal(added.id(), original);
            return added;
        });
    }
}
