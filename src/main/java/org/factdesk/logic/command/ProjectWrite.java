package org.factdesk.logic.command;

import org.factdesk.model.Project;

/** One change to persist, run on the project thread in the order it was queued. */
@FunctionalInterface
public interface ProjectWrite {

    void apply(Project project, IdMap ids);
}
