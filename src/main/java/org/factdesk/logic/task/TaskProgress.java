package org.factdesk.logic.task;

/**
 * What a piece of background work tells the window while it runs, and how it learns that the editor cancelled
 * it. Work checks {@link #cancelled()} between its steps (one file, one page) and stops early; what it already
 * finished stays done. Callable from the working thread only.
 */
public interface TaskProgress {

    /** For work that runs where no one watches: reports go nowhere and nothing is ever cancelled. */
    TaskProgress NONE = new TaskProgress() {
        @Override
        public void update(long done, long total, String message) {
            // nothing watches
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /**
     * {@code done} of {@code total} steps are finished, and what runs now ("Reading report.html").
     * A {@code total} of 0 or less means the amount of work is not known yet.
     */
    void update(long done, long total, String message);

    /** True once the editor asked to stop; work should return at its next step. */
    boolean cancelled();
}
