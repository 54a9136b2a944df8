package org.factdesk.logic.anchoring;

import java.util.List;
import java.util.Optional;
import org.factdesk.logic.text.TextRules;
import org.factdesk.model.Excerpt;
import org.factdesk.model.Project;
import org.factdesk.model.TextCorrection;

/**
 * Corrects a source's text: the new text (line ends made {@code \n}, docs/decisions/0009) replaces the old one
 * as a new version, every excerpt of the source is found again ({@link ExcerptReanchoring}), and the facts whose
 * passages moved or were lost are flagged for review, all in one transaction of the project. Blocking (database
 * and text search): call it on a background thread, never on the JavaFX thread.
 */
public final class SourceCorrection {

    private final Project project;
    private final ExcerptReanchoring reanchoring = new ExcerptReanchoring();

    public SourceCorrection(Project project) {
        this.project = project;
    }

    /**
     * Replaces source {@code sourceId}'s text with {@code newText}.
     *
     * @throws CorrectionRefusedException if the text is empty, too long or holds a character no source may hold
     */
    public TextCorrection correct(long sourceId, String newText) throws CorrectionRefusedException {
        String text = checked(newText);
        return project.inTransaction(() -> {
            List<Excerpt> excerpts = project.library().excerptsOf(sourceId);
            return project.library().correctText(sourceId, text, reanchoring.reanchor(excerpts, text));
        });
    }

    /**
     * {@code newText} as a correction would store it (line ends made {@code \n}), for a dialog to check before
     * it offers to apply it. Stateless; any thread.
     *
     * @throws CorrectionRefusedException if the text is empty, too long or holds a character no source may hold
     */
    public static String checked(String newText) throws CorrectionRefusedException {
        String text = TextRules.normaliseLineEnds(newText);
        if (text.isBlank()) {
            throw new CorrectionRefusedException("the new text is empty; a source keeps a text");
        }
        if (text.length() > TextRules.MAX_SOURCE_CHARS) {
            throw new CorrectionRefusedException("the new text is longer than " + TextRules.MAX_SOURCE_SIZE
                    + ", too long for a source");
        }
        Optional<TextRules.Problem> problem = TextRules.firstProblem(text, TextRules.Kind.TEXT);
        if (problem.isPresent()) {
            throw new CorrectionRefusedException("the new text holds " + problem.get().describe(text));
        }
        return text;
    }
}
