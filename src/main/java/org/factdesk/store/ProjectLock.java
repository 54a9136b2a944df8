package org.factdesk.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.factdesk.model.ProjectFileException;
import org.factdesk.model.ProjectFileException.Problem;

/**
 * Marks a project file as open by this process, in a small lock file beside it that names the process. H2's own
 * lock is a POSIX file lock, which Linux releases as soon as any part of the process closes any handle on the
 * file, and a desktop file dialog does exactly that when it looks at the file's type. This marker cannot be
 * released that way. A marker left by a process that has since ended is taken over. Opens of the same file
 * within one process share one marker. Thread-safe.
 */
final class ProjectLock implements AutoCloseable {

    private static final Map<Path, Integer> HELD_HERE = new HashMap<>();
    private static final ProcessHandle SELF = ProcessHandle.current();

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
                try {
                    Files.writeString(marker, describe(SELF), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE);
                    HELD_HERE.put(project, 1);
                    return new ProjectLock(project);
                } catch (FileAlreadyExistsException e) {
                    Optional<ProcessHandle> holder;
                    try {
                        holder = holderOf(marker);
                    } catch (IOException unreadable) {
                        // Rather refuse than risk two writers on one file.
                        throw inUse(project);
                    }
                    if (holder.isPresent() && !holder.get().equals(SELF)) {
                        throw inUse(project);
                    }
                    deleteQuietly(marker);
                } catch (IOException e) {
                    throw new ProjectFileException(project, Problem.UNREADABLE, "Cannot open " + project.getFileName()
                            + ": its folder does not allow Factdesk to mark the project as open (" + e.getMessage()
                            + ").", e);
                }
            }
            throw inUse(project);
        }
    }

    static ProjectFileException inUse(Path project) {
        return new ProjectFileException(project, Problem.IN_USE,
                project.getFileName() + " is open in another Factdesk window or program. Close it there first.");
    }

    private static String describe(ProcessHandle process) {
        long started = process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        return "Factdesk has this project open.\npid=" + process.pid() + "\nstarted=" + started + "\n";
    }

    /** The live process named in a marker, if it is still the same process (pids are reused). */
    private static Optional<ProcessHandle> holderOf(Path marker) throws IOException {
        Map<String, String> fields = new HashMap<>();
        try {
            for (String line : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    fields.put(line.substring(0, equals), line.substring(equals + 1).strip());
                }
            }
        } catch (NoSuchFileException e) {
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

    private static void deleteQuietly(Path marker) {
        try {
            Files.deleteIfExists(marker);
        } catch (IOException ignored) {
            // A marker that cannot be removed names a process that has ended; the next open takes it over.
        }
    }
}
