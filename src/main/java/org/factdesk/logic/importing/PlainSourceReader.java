package org.factdesk.logic.importing;

import java.util.List;
import java.util.Optional;
import org.factdesk.logic.text.TextRules;
import org.factdesk.logic.text.TextRules.Kind;
import org.factdesk.model.SourceDraft;

/**
 * Reads a plain text or Markdown file: its text as it is (decoded, {@code \n} line ends, long blank runs
 * collapsed), its first line as the title, its name as the outlet. Stateless; blocking callers' thread.
 */
final class PlainSourceReader implements SourceFormat {

    private final String mediaType;

    /** @param mediaType {@code text/plain} or {@code text/markdown} */
    PlainSourceReader(String mediaType) {
        this.mediaType = mediaType;
    }

    @Override
    public ExtractedSource read(byte[] bytes, String name) throws SourceImportException {
        String decoded = PlainSourceText.decode(bytes, name);
        SourceFileReader.refuseTooLong(decoded, name);
        // Checked before the blank lines are collapsed, so that the line and column are the file's own.
        String checked = TextRules.normaliseLineEnds(decoded);
        Optional<TextRules.Problem> problem = TextRules.firstProblem(checked, Kind.TEXT);
        if (problem.isPresent()) {
            throw new SourceImportException(name + " holds " + problem.get().what() + " at "
                    + lineAndColumn(checked, problem.get().index()) + ", which a source cannot hold.");
        }
        String text = PlainSourceText.normalise(decoded);
        String stem = SourceFileReader.stem(name);
        SourceDraft draft = new SourceDraft(stem, firstLineAsTitle(text, stem), "", "", null, "", text, name);
        return new ExtractedSource(draft, bytes, mediaType, List.of());
    }

    /** "line 3, column 7", counting from 1 in a text whose line ends are all {@code \n}. */
    static String lineAndColumn(String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", column " + (text.codePointCount(lineStart, index) + 1);
    }

    /** The first line, as a title, when it is short enough to be one (Markdown heading marks removed). */
    static String firstLineAsTitle(String text, String fallback) {
        int end = text.indexOf('\n');
        // A text's line may hold tabs, which a title may not: runs of white space become one space.
        String line = DocumentImportRules.line((end < 0 ? text : text.substring(0, end)).replaceFirst("^#+\\s*", ""));
        return !line.isEmpty() && line.length() <= 150 ? line : fallback;
    }
}
