package org.factdesk.store;

import java.io.File;
import java.nio.file.Path;
import org.factdesk.model.ProjectFileException;
import org.factdesk.model.ProjectFileException.Problem;

/**
 * Refuses project paths that H2 would not read as a plain file name once they are pasted into its JDBC URL. H2
 * has no escape for them: everything after a {@code ;} is read as settings (so a file named {@code
 * x;INIT=CALL FILE_WRITE(...)} would run SQL on open), and where {@code /} separates folders H2 turns a {@code \}
 * into a {@code /}, so {@code a\b.mv.db} would open {@code a/b.mv.db}. Every place that builds a URL from a path
 * goes through here. Stateless; thread-safe.
 */
final class ProjectPathSyntax {

    private ProjectPathSyntax() {
    }

    /** Throws a plain refusal naming the path and the character when H2 would misread {@code path}. */
    static void check(Path path) throws ProjectFileException {
        String text = path.toString();
        if (text.indexOf(';') >= 0) {
            throw refused(path, ';', "the database would read what follows it as settings");
        }
        if (File.separatorChar == '/' && text.indexOf('\\') >= 0) {
            throw refused(path, '\\', "the database would read it as a folder separator");
        }
    }

    private static ProjectFileException refused(Path path, char character, String why) {
        return new ProjectFileException(path, Problem.NOT_A_PROJECT, "Cannot use " + path + " as a project file: "
                + "its path contains '" + character + "', and " + why + ". Rename the file or folder.");
    }
}
