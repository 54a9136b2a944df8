package org.factdesk.ui.common;

/** Tells the user that something failed, in words they can act on. Called on the JavaFX thread. */
@FunctionalInterface
public interface ErrorReporter {

    /**
     * Tells the user that something they did failed.
     *
     * @param what what the user was doing ("Open project", "Import source")
     * @param problem the failure; its message is shown if it is one of ours, a plain summary otherwise
     */
    void report(String what, Throwable problem);
}
