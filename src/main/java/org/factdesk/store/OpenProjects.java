package org.factdesk.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The projects this process has open, closed by one JVM shutdown hook when the process ends without closing
 * them itself: SIGTERM from a logout or a shutdown, or {@code System.exit}. Closing removes the lock marker, so
 * the next start does not meet a stale one, and lets H2 finish its file. The work files and markers of
 * projects still being created or upgraded are removed too. The workstation and the command line
 * both get this, since every project is opened through the store. Work registered with {@link #beforeClosing}
 * (the workstation's queued edits) runs first, on the hook's thread. Thread-safe; the hook closes projects outside
 * the registry's monitor, and {@link H2Project#close()} is idempotent, so a close already under way on another
 * thread (the workstation's own stop) is waited for, never repeated, and cannot deadlock with the hook.
 */
final class OpenProjects {

    private static final Logger LOG = Logger.getLogger(OpenProjects.class.getName());
    private static final Set<H2Project> OPEN = new LinkedHashSet<>();
    private static final List<Runnable> BEFORE_CLOSING = new ArrayList<>();
    private static boolean hookInstalled;

    private OpenProjects() {
    }

    static void add(H2Project project) {
        synchronized (OPEN) {
            installHook();
            OPEN.add(project);
        }
    }

    /** Work the hook runs before it closes the projects, such as writing edits still queued in memory. */
    static void beforeClosing(Runnable work) {
        synchronized (OPEN) {
            installHook();
            BEFORE_CLOSING.add(work);
        }
    }

    /** Makes sure the hook runs at exit; called as soon as a lock marker is written, before any project opens. */
    static void ensureHook() {
        synchronized (OPEN) {
            installHook();
        }
    }

    private static void installHook() {
        if (!hookInstalled) {
            Runtime.getRuntime().addShutdownHook(new Thread(OpenProjects::closeAll, "factdesk-close-projects"));
            hookInstalled = true;
        }
    }

    static void remove(H2Project project) {
        synchronized (OPEN) {
            OPEN.remove(project);
        }
    }

    static void closeAll() {
        // A project being created or upgraded is finished first (or its work file removed), so it is not left
        // half made beside the project; it then closes with the others.
        SiblingFiles.finishOrRemoveAtExit(Duration.ofSeconds(3));
        List<Runnable> first;
        synchronized (OPEN) {
            first = new ArrayList<>(BEFORE_CLOSING);
        }
        for (Runnable work : first) {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Work before closing the projects at exit failed", e);
            }
        }
        List<H2Project> open;
        synchronized (OPEN) {
            open = new ArrayList<>(OPEN);
        }
        for (H2Project project : open) {
            try {
                project.close();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not close " + project.file() + " at exit", e);
            }
        }
        // A project whose opening is still under way holds a marker but is not open yet.
        ProjectLock.releaseAllAtExit();
    }
}
