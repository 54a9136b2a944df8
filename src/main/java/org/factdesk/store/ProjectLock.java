package org.factdesk.store;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.factdesk.model.ProjectFileException;
import org.factdesk.model.ProjectFileException.Problem;

/**
 * Marks a project file as open by this process, in a small lock file beside it that names the process. H2's own
 * lock is a POSIX file lock, which Linux releases as soon as any part of the process closes any handle on the
 * file, and a desktop file dialog does exactly that when it looks at the file's type. This marker cannot be
 * released that way. A marker is stale, and taken over, when the process it names has ended, when that pid now
 * belongs to a process started at another time, or when it holds no readable marker at all (garbage, a
 * truncated write by an older version). A marker is written whole under a temporary name and then linked into
 * place, so a reader never sees a half-written one. Opens of the same file within one process share one marker.
 * Every message about a marker names it. Thread-safe.
 */
final class ProjectLock implements AutoCloseable {

    private static final Map<Path, Integer> HELD_HERE = new HashMap<>();
    private static final ProcessHandle SELF = ProcessHandle.current();
    private static final String HEADER = "Factdesk has this project open.";

    private final Path project;
    private boolean released;

    private ProjectLock(Path project) {
        this.project = project;
    }

    /** The marker file of a project: hidden, beside it. */
    static Path markerOf(Path project) {
        return project.resolveSibling("." + project.getFileName() + ".lock");
    }

    /** Marks the project as open here, or fails with {@link Problem#IN_USE} if another live process has it. */
    static ProjectLock acquire(Path project) throws ProjectFileException {
        synchronized (HELD_HERE) {
            Integer count = HELD_HERE.get(project);
            if (count != null) {
                HELD_HERE.put(project, count + 1);
                return new ProjectLock(project);
            }
            Path marker = markerOf(project);
            for (int attempt = 0; attempt < 3; attempt++) {
                if (Files.isDirectory(marker)) {
                    throw new ProjectFileException(project, Problem.UNREADABLE, "Cannot open "
                            + project.getFileName() + ": " + marker + " is a folder, where Factdesk keeps the "
                            + "project's lock marker file. Remove that folder and try again.");
                }
                try {
                    OpenProjects.ensureHook();
                    create(marker);
                    HELD_HERE.put(project, 1);
                    return new ProjectLock(project);
                } catch (FileAlreadyExistsException e) {
                    byte[] seen = contentOf(project, marker);
                    Optional<ProcessHandle> holder = holderOf(seen);
                    if (holder.isPresent() && !holder.get().equals(SELF)) {
                        throw inUse(project, holder.get().pid());
                    }
                    removeIfUnchanged(marker, seen);
                } catch (IOException e) {
                    throw new ProjectFileException(project, Problem.UNREADABLE, "Cannot open "
                            + project.getFileName() + ": Factdesk could not write its lock marker " + marker + " ("
                            + FileProblems.reason(e) + ").", e);
                }
            }
            throw new ProjectFileException(project, Problem.IN_USE, project.getFileName()
                    + " is being opened by another program at the same moment: its lock marker " + marker
                    + " keeps coming back. Try again.");
        }
    }

    private static void create(Path marker) throws IOException {
        Path draft = marker.resolveSibling(marker.getFileName() + "." + SELF.pid() + ".new");
        Files.writeString(draft, describe(SELF), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        try {
            Files.createLink(marker, draft);
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (e instanceof FileAlreadyExistsException || e instanceof AccessDeniedException) {
                throw e;
            }
            // No hard links here (some network and FAT file systems): create the marker directly.
            Files.writeString(marker, describe(SELF), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    private static ProjectFileException inUse(Path project, long pid) {
        return new ProjectFileException(project, Problem.IN_USE, project.getFileName()
                + " is open in another Factdesk window or program (process " + pid + ", named in its lock marker "
                + markerOf(project) + "). Close it there first.");
    }

    private static String describe(ProcessHandle process) {
        long started = process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        return HEADER + "\npid=" + process.pid() + "\nstarted=" + started + "\n";
    }

    /**
     * The live process named in a marker, if it is still the same process (pids are reused). Empty for a marker
     * that is gone or cannot be understood: such a marker protects nothing, and refusing it would keep the
     * project closed for good.
     */
    /** The marker's bytes as they are now; empty when it has gone meanwhile. */
    private static byte[] contentOf(Path project, Path marker) throws ProjectFileException {
        try {
            return Files.readAllBytes(marker);
        } catch (NoSuchFileException e) {
            return new byte[0];
        } catch (IOException e) {
            throw new ProjectFileException(project, Problem.UNREADABLE, "Cannot open " + project.getFileName()
                    + ": its lock marker " + marker + " cannot be read (" + FileProblems.reason(e) + "). Remove it if no "
                    + "Factdesk has the project open.", e);
        }
    }

    /** The live process a marker's content names, if it is still the same process (pids are reused). */
    static Optional<ProcessHandle> holderOf(byte[] content) {
        Map<String, String> fields = new HashMap<>();
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(content)).toString();
            for (String line : text.split("\n", -1)) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    fields.put(line.substring(0, equals), line.substring(equals + 1).strip());
                }
            }
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(fields.getOrDefault("pid", "-1"));
            long started = Long.parseLong(fields.getOrDefault("started", "0"));
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(process -> started == 0
                    || process.info().startInstant().map(Instant::toEpochMilli).orElse(started) == started);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        synchronized (HELD_HERE) {
            if (released) {
                return;
            }
            released = true;
            int count = HELD_HERE.getOrDefault(project, 1) - 1;
            if (count > 0) {
                HELD_HERE.put(project, count);
                return;
            }
            HELD_HERE.remove(project);
            deleteQuietly(markerOf(project));
        }
    }

    /** Removes every marker this process still holds: the process is ending, so none of them is true any more. */
    static void releaseAllAtExit() {
        synchronized (HELD_HERE) {
            for (Path project : HELD_HERE.keySet()) {
                deleteQuietly(markerOf(project));
            }
            HELD_HERE.clear();
        }
    }

    /**
     * Removes a marker judged stale, but only if it still holds the bytes that were judged: between reading it
     * and removing it, another process may have taken it over and written its own live marker, which must stay.
     * The marker is moved aside in one step and compared there; a marker that changed is put back.
     */
    static void removeIfUnchanged(Path marker, byte[] judged) {
        Path aside = marker.resolveSibling(marker.getFileName() + "." + SELF.pid() + ".stale");
        try {
            Files.move(marker, aside, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException gone) {
            return;
        }
        try {
            if (!Arrays.equals(Files.readAllBytes(aside), judged)) {
                Files.createLink(marker, aside);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // The other process's marker could not be put back (a third one appeared): its holder still has H2's
            // own lock on the file as a second line of defence.
        } finally {
            deleteQuietly(aside);
        }
    }

    private static void deleteQuietly(Path marker) {
        try {
            Files.deleteIfExists(marker);
        } catch (IOException ignored) {
            // A marker that cannot be removed names a process that has ended; the next open takes it over.
        }
    }
}
