package org.factdesk.model;

import java.nio.file.Path;
import java.util.Optional;

/** Opens and creates project files. The one way the layers above reach a storage implementation. */
public interface ProjectFiles {

    /** Opens an existing project file, upgrading its schema if it was written by an older version. */
    Project open(Path file) throws ProjectFileException;

    /**
     * Opens an existing project file of the current format for reading only: not one byte of it changes, even
     * when it is damaged. A file of an older format is refused with words that say how to upgrade it. Writing
     * through the returned project fails.
     */
    Project openForReading(Path file) throws ProjectFileException;

    /** Opens the project file, creating an empty project there first if there is no file yet. */
    Project openOrCreate(Path file) throws ProjectFileException;

    /**
     * Copies every sound source and story of the damaged project file {@code damagedFile} into a new project file
     * at {@code newFile}, which must not exist yet; the damaged file is only read. The report names each part that
     * was not copied whole. A recovery that fails leaves no new file behind. Blocking.
     */
    RecoveryReport recover(Path damagedFile, Path newFile) throws ProjectFileException;

    /** Writes a consistent copy of an open project to {@code target}, which must not exist yet. */
    void saveCopy(Project project, Path target) throws ProjectFileException;

    /**
     * Why {@code file} must not be overwritten by anything but this store, in a few words for the user ("it is a
     * Factdesk project ..."), or empty if it holds nothing of this store's. Follows links and {@code ..}; blocking.
     */
    Optional<String> whyNotOverwritable(Path file);
}
