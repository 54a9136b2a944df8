package org.factdesk.ui.source.correction;

/**
 * Shows the "Correct text" dialog over a model and tells whether the editor applied the proposal. The view
 * answers with a real dialog; tests answer directly, so the command runs without the toolkit. JavaFX thread.
 */
@FunctionalInterface
public interface CorrectTextDialogs {

    /**
     * Lets the editor work on {@code model}'s proposal; true when she chose to apply it (and, if it loses
     * passages, confirmed that), false when she cancelled.
     */
    boolean askToApply(CorrectTextModel model);

    /** Cancels every time; in place until the view installs its dialog. */
    CorrectTextDialogs NONE = model -> false;
}
