package org.factdesk.store;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.factdesk.model.CheckSettings;
import org.factdesk.model.Project;
import org.factdesk.model.SourceLibrary;
import org.factdesk.model.StoryRepository;

/**
 * An open H2 project file. Thread-safe: all access goes through one locked connection. Closing is idempotent
 * and may come from the owner or from the shutdown hook in {@link OpenProjects}; a second close waits for the
 * first to finish.
 */
final class H2Project implements Project {

    private final Path file;
    private final ProjectDatabase database;
    private final H2SourceLibrary library;
    private final H2StoryRepository stories;
    private final H2CheckSettings checks;
    private final ProjectLock lock;
    private boolean closed;

    H2Project(Path file, ProjectDatabase database, ProjectLock lock) {
        this.file = file;
        this.database = database;
        this.lock = lock;
        this.library = new H2SourceLibrary(database);
        this.stories = new H2StoryRepository(database);
        this.checks = new H2CheckSettings(database);
        OpenProjects.add(this);
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public SourceLibrary library() {
        return library;
    }

    @Override
    public StoryRepository stories() {
        return stories;
    }

    @Override
    public CheckSettings checks() {
        return checks;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return database.inTransaction(work);
    }

    ProjectDatabase database() {
        return database;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            database.close();
        } finally {
            try {
                lock.close();
            } finally {
                OpenProjects.remove(this);
            }
        }
    }
}
