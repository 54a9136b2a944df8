package org.factdesk.ui.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.factdesk.model.Source;
import org.factdesk.model.SourceDraft;
import org.factdesk.ui.source.cleanup.CleanupLinesModel;

/** Answers to the import review as an editor who accepts what she is shown would give them. Test helper. */
final class ImportReviews {

    private ImportReviews() {
    }

    /** The reviewed import as extracted, with the clean-up proposal applied. */
    static SourceDraft asProposed(ImportReview review) {
        SourceDraft extracted = review.extracted().draft();
        CleanupLinesModel lines = new CleanupLinesModel(extracted.text(), review.lines());
        return new SourceDraft(extracted.outlet(), extracted.title(), extracted.author(), extracted.url(),
                extracted.published(), extracted.perspective(), lines.resultText(), extracted.importedFrom());
    }

    /** Dialogs that add every import as proposed and cancel every other question. */
    static SourceDialogs addingAsProposed() {
        return new SourceDialogs() {
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
            public boolean askToAddDuplicate(String fileName, Source existing) {
                return false;
            }

            @Override
            public Optional<Path> askForFolder() {
                return Optional.empty();
            }

            @Override
            public ImportDecision reviewImport(ImportReview review) {
                return ImportDecision.add(asProposed(review));
            }
        };
    }
}
