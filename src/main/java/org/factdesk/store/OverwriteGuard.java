package org.factdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.factdesk.model.ProjectFileException;
import org.factdesk.model.ProjectFileException.Problem;

/**
 * Says whether a file holds something of a project, so that an export never writes over it: a project that a
 * live process has open (its lock marker), a file named as a project, a file that is an H2 database whatever its
 * name, or a project's lock marker itself. Links and {@code ..} are followed first, so a path that leads to a
 * project counts as the project. Stateless; any thread; blocking (it reads a file's first bytes).
 */
final class OverwriteGuard {

    // Every H2 file begins with these bytes, a project renamed to "story.html" included.
    private static final byte[] H2_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);
    private static final String MARKER_SUFFIX = H2ProjectFiles.SUFFIX + ".lock";
    private static final String NEVER = ", and exports never replace a project";

    private OverwriteGuard() {
    }

    static Optional<String> whyNotOverwritable(Path file) {
        Path given = file.toAbsolutePath().normalize();
        Path real = resolved(file.toAbsolutePath());
        if (given.getFileName() == null || real.getFileName() == null) {
            return Optional.empty();
        }
        String it = real.equals(given) ? "it" : "it leads to " + real + ", which";
        if (openByAnotherProcess(real)) {
            return Optional.of(it + " is a project open in another Factdesk window or program");
        }
        if (namedAsProject(given)) {
            return Optional.of("it is named as a Factdesk project (*" + H2ProjectFiles.SUFFIX + ")" + NEVER);
        }
        if (namedAsProject(real)) {
            return Optional.of(it + " is named as a Factdesk project (*" + H2ProjectFiles.SUFFIX + ")" + NEVER);
        }
        if (namedAsMarker(given) || namedAsMarker(real)) {
            return Optional.of(it + " is the lock marker of a Factdesk project");
        }
        if (startsAsDatabase(real)) {
            return Optional.of(it + " is a project database (it begins as H2 files do)" + NEVER);
        }
        return Optional.empty();
    }

    /** Where the path leads once every link is followed; the path itself when nothing is there yet. */
    private static Path resolved(Path absolute) {
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            return absolute.normalize();
        }
    }

    private static boolean namedAsProject(Path file) {
        // Case-blind: on a case-insensitive disk "DESK.MV.DB" is the project itself.
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(H2ProjectFiles.SUFFIX);
    }

    private static boolean namedAsMarker(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(MARKER_SUFFIX);
    }

    private static boolean startsAsDatabase(Path real) {
        // Only a regular file is read: opening a FIFO to look at it would wait for a writer.
        if (!Files.isRegularFile(real)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(real)) {
            return Arrays.equals(in.readNBytes(H2_HEADER.length), H2_HEADER);
        } catch (IOException e) {
            // Unreadable here means unwritable too, as a rule; the write itself will say so.
            return false;
        }
    }

    /**
     * Asks the lock itself, so that "live" means exactly what it means when a project is opened. A stale marker
     * is taken over and dropped by the probe, as the next open would do anyway.
     */
    private static boolean openByAnotherProcess(Path real) {
        if (!Files.exists(ProjectLock.markerOf(real), LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            ProjectLock.acquire(real).close();
            return false;
        } catch (ProjectFileException e) {
            return e.problem() == Problem.IN_USE;
        }
    }
}
