package org.factdesk.model;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * An open project file: its sources, its stories and what it keeps for the trust checks. Every change is
 * committed as it is made; {@link #inTransaction(Supplier)} groups several changes so that they land together or
 * not at all. Thread-safe; callers keep it off the JavaFX thread.
 */
public interface Project extends AutoCloseable {

    /** The project file on disk. */
    Path file();

    SourceLibrary library();

    StoryRepository stories();

    /** The findings ignored in each story and the project's wording choices. */
    CheckSettings checks();

    /**
     * Runs {@code work} as one transaction: if it throws, none of its changes are kept. Nested calls join the
     * outer transaction.
     */
    <T> T inTransaction(Supplier<T> work);

    /** Closes the file; later calls fail. */
    @Override
    void close();
}
