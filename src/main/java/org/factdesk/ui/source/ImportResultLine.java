package org.factdesk.ui.source;

import java.util.Objects;
import java.util.Optional;
import org.factdesk.model.Source;

/**
 * What became of one file of a batch import, as its line in the results: the file's name, the outcome and the
 * words that explain it ("source 12: Tidewater Courier, “Quay repairs”, 2,310 characters", or why it failed).
 *
 * @param source the source the file became, or the existing source a copy was kept out for; empty otherwise
 */
record ImportResultLine(String file, Outcome outcome, String detail, Optional<Source> source) {

    /** The outcomes a file can have. */
    enum Outcome {
        ADDED("Added"), KEPT_OUT("Already in the project"), SKIPPED("Skipped"), FAILED("Not added"),
        NOT_READ("Not read"), NOTE("Left out");

        private final String words;

        Outcome(String words) {
            this.words = words;
        }

        /** The outcome as the results list says it. */
        String words() {
            return words;
        }
    }

    ImportResultLine {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(source, "source");
    }
}
