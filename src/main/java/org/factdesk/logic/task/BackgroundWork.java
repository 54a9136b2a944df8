package org.factdesk.logic.task;

/**
 * A piece of work that runs off the JavaFX thread and reports its progress. Runs on a worker thread; anything
 * it hands to the window goes back through the runner that started it.
 *
 * @param <T> what the work produces
 */
@FunctionalInterface
public interface BackgroundWork<T> {

    T run(TaskProgress progress) throws Exception;
}
