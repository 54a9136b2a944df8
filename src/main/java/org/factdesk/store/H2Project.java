package org.factdesk.store;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.factdesk.model.Project;
import org.factdesk.model.SourceLibrary;
import org.factdesk.model.StoryRepository;

/** An open H2 project file. Thread-safe: all access goes through one locked connection. */
final class H2Project implements Project {

    private final Path file;
    private final ProjectDatabase database;
    private final H2SourceLibrary library;
    private final H2StoryRepository stories;
    private final ProjectLock lock;

    H2Project(Path file, ProjectDatabase database, ProjectLock lock) {
        this.file = file;
        this.database = database;
        this.lock = lock;
        this.library = new H2SourceLibrary(database);
        this.stories = new H2StoryRepository(database);
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
    public <T> T inTransaction(Supplier<T> work) {
        return database.inTransaction(work);
    }

    ProjectDatabase database() {
        return database;
    }

    @Override
    public void close() {
        try {
            database.close();
        } finally {
            lock.close();
        }
    }
}
