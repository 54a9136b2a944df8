package org.factdesk.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file operation failed, in words, without the file name that Java puts in the message of its
 * {@link FileSystemException}s ("Cannot read /x/p.mv.db: /x/p.mv.db" said nothing). Stateless; thread-safe.
 */
final class FileProblems {

    private FileProblems() {
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is not a folder";
        }
        if (e instanceof FileSystemException fs) {
            return fs.getReason() != null ? fs.getReason() : "input/output error";
        }
        return e.getMessage() != null ? e.getMessage() : "input/output error";
    }
}
