package org.factdesk.model;

import java.nio.file.Path;

/** Opens and creates project files. The one way the layers above reach a storage implementation. */
public interface ProjectFiles {

    /** Opens an existing project file, upgrading its schema if it was written by an older version. */
    Project open(Path file) throws ProjectFileException;

    /** Opens the project file, creating an empty project there first if there is no file yet. */
    Project openOrCreate(Path file) throws ProjectFileException;

    /** Writes a consistent copy of an open project to {@code target}, which must not exist yet. */
    void saveCopy(Project project, Path target) throws ProjectFileException;
}
