package org.factdesk.ui.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.factdesk.model.Source;
import org.factdesk.model.SourceDraft;

/**
 * The questions the source pane asks the editor in a window of its own. The view answers them with real
 * dialogs; tests answer them directly, so the view-model's commands run without the toolkit. JavaFX thread.
 */
public interface SourceDialogs {

    /** Asks for a pasted source's text and metadata; empty when the editor cancels. */
    Optional<SourceDraft> askForPastedSource();

    /** Asks for edited metadata of {@code source}; empty when the editor cancels. */
    Optional<Source> askForEditedMetadata(Source source);

    /** Asks which text, Markdown or HTML files to add; empty when the editor cancels. */
    List<Path> askForFiles();

    /** Asks which folder's articles to add; empty when the editor cancels. */
    Optional<Path> askForFolder();

    /**
     * Tells the editor that the file {@code fileName} holds an article the project has as {@code existing}, and
     * asks whether to add it all the same; false keeps the existing source only.
     */
    boolean askToAddDuplicate(String fileName, Source existing);

    /**
     * Shows an import before it is added: its notices, its metadata to correct and its lines with the clean-up
     * proposal marked, to keep or drop; in a batch, also whether to skip it or add the rest unasked.
     */
    ImportDecision reviewImport(ImportReview review);

    /** Answers every question with "cancel"; in place until the view installs its dialogs. */
    SourceDialogs NONE = new SourceDialogs() {
        @Override
        public Optional<SourceDraft> askForPastedSource() {
            return Optional.empty();
        }

        @Override
        public Optional<Source> askForEditedMetadata(Source source) {
            return Optional.empty();
        }

        @Override
        public List<Path> askForFiles() {
            return List.of();
        }

        @Override
        public Optional<Path> askForFolder() {
            return Optional.empty();
        }

        @Override
        public boolean askToAddDuplicate(String fileName, Source existing) {
            return false;
        }

        @Override
        public ImportDecision reviewImport(ImportReview review) {
            return ImportDecision.stop();
        }
    };
}
