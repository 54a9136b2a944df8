package org.factdesk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * The hidden work files that stand beside a project while it is created or upgraded, and the atomic steps that
 * put a finished one in the project's place. Work files live in the project's own folder so that the final
 * rename stays within one file system, which is what makes it atomic. Only the holder of the project's lock
 * marker touches them. The work files in use are remembered, so that the exit hook can remove them when the
 * process is told to end in the middle of one. Thread-safe.
 */
final class SiblingFiles {

    private static final Set<Path> IN_USE = new HashSet<>();

    private SiblingFiles() {
    }

    /** Notes a work file as in use, from its first byte until it is published or removed. */
    static void inUse(Path work) {
        synchronized (IN_USE) {
            IN_USE.add(work);
        }
    }

    static void doneWith(Path work) {
        synchronized (IN_USE) {
            IN_USE.remove(work);
            IN_USE.notifyAll();
        }
    }

    /**
     * At exit: lets a creation or an upgrade under way finish (it takes well under a second), then removes what
     * is still unfinished after {@code limit}. The thread doing the work keeps running while the exit hook runs,
     * so removing its file at once could race with it writing the file anew. Removing one under a creation still
     * running makes its publishing fail, which is the outcome a kill would have had.
     */
    static void finishOrRemoveAtExit(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        synchronized (IN_USE) {
            try {
                for (long left = limit.toMillis(); !IN_USE.isEmpty() && left > 0;
                        left = (deadline - System.nanoTime()) / 1_000_000) {
                    IN_USE.wait(left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            IN_USE.forEach(SiblingFiles::removeQuietly);
            IN_USE.clear();
        }
    }

    /** A hidden H2 file beside {@code project}, e.g. {@code .harbour.creating.mv.db} for {@code harbour.mv.db}. */
    static Path workFile(Path project, String purpose) {
        String name = project.getFileName().toString();
        String base = name.substring(0, name.length() - H2ProjectFiles.SUFFIX.length());
        return project.resolveSibling("." + base + "." + purpose + H2ProjectFiles.SUFFIX);
    }

    /** Removes a work file and the trace file H2 may have written beside it: leftovers of a killed process. */
    static void removeWorkFile(Path work) throws IOException {
        Files.deleteIfExists(work);
        String name = work.getFileName().toString();
        Files.deleteIfExists(work.resolveSibling(
                name.substring(0, name.length() - H2ProjectFiles.SUFFIX.length()) + ".trace.db"));
    }

    static void removeQuietly(Path work) {
        try {
            removeWorkFile(work);
        } catch (IOException ignored) {
            // A leftover work file is removed by the next attempt, which needs the same name.
        }
    }

    /** Forces a finished file to the disk, so that the rename never publishes a name whose bytes are missing. */
    static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /**
     * Gives {@code ready} the name {@code target} in one atomic step, refusing if {@code target} exists. A hard
     * link is an atomic create-if-absent, which a plain rename is not (it replaces); where links are not
     * supported, the existence check and {@code ATOMIC_MOVE} leave only a tiny window, and our lock marker keeps
     * other Factdesk processes out of it.
     */
    static void publishNew(Path ready, Path target) throws IOException {
        try {
            Files.createLink(target, ready);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            Files.move(ready, target, StandardCopyOption.ATOMIC_MOVE);
            syncFolder(target);
            return;
        }
        Files.delete(ready);
        syncFolder(target);
    }

    /** Replaces {@code target} by {@code ready} in one atomic rename: readers see the old file or the new one. */
    static void replace(Path ready, Path target) throws IOException {
        Files.move(ready, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncFolder(target);
    }

    /** Keeps the bytes of {@code original} under a second name without copying them, where links work. */
    static void keepAs(Path original, Path backup) throws IOException {
        try {
            Files.createLink(backup, original);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException e) {
            Files.copy(original, backup, StandardCopyOption.COPY_ATTRIBUTES);
            force(backup);
        }
        syncFolder(backup);
    }

    /** Makes a rename in a folder durable; best effort, as not every platform lets a folder be forced. */
    private static void syncFolder(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null) {
            return;
        }
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException ignored) {
            // The rename itself has happened; only its durability across a power cut is not forced.
        }
    }
}
