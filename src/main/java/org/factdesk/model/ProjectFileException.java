package org.factdesk.model;

import java.nio.file.Path;

/**
 * A project file could not be opened, created or copied. The message is written for the user: it says what is
 * wrong and with which file, and the file has been left as it was.
 */
public class ProjectFileException extends Exception {

    /** What went wrong, for callers that react differently to each. */
    public enum Problem {
        NOT_FOUND,
        IN_USE,
        NEWER_VERSION,
        NOT_A_PROJECT,
        DAMAGED,
        UNREADABLE,
        /** An older file could not be brought to the current format; the file itself is unchanged. */
        UPGRADE_FAILED
    }

    private final Path file;
    private final Problem problem;

    public ProjectFileException(Path file, Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.problem = problem;
    }

    public ProjectFileException(Path file, Problem problem, String message) {
        this(file, problem, message, null);
    }

    public Path file() {
        return file;
    }

    public Problem problem() {
        return problem;
    }
}
