package org.factdesk.logic.guide;

import java.util.List;
import java.util.Objects;

/**
 * A help page as a list of blocks of styled text, as the workstation's guide window shows it: no HTML engine is
 * needed to read it (docs/decisions/0005 explains why the workstation has none). Immutable; any thread.
 *
 * @param title the page's main heading
 * @param blocks the headings, paragraphs and list items, in reading order
 */
public record GuidePage(String title, List<Block> blocks) {

    public GuidePage {
        Objects.requireNonNull(title);
        blocks = List.copyOf(blocks);
    }

    /** What a block is, which decides how it is set. */
    public enum Kind {
        SECTION,
        SUBSECTION,
        PARAGRAPH,
        /** A list item; its marker is "•" in a bullet list and "1.", "2."… in a numbered one. */
        ITEM
    }

    /** How a run of text within a block is set. */
    public enum Emphasis {
        PLAIN,
        STRONG,
        EMPHASIS,
        /** A key or key combination to press. */
        KEY,
        /** Something to type, such as a command. */
        CODE
    }

    /** A run of text set in one way. */
    public record Run(String text, Emphasis emphasis) {

        public Run {
            Objects.requireNonNull(text);
            Objects.requireNonNull(emphasis);
        }
    }

    /**
     * A heading, paragraph or list item.
     *
     * @param marker the list marker of an item; empty for other kinds
     */
    public record Block(Kind kind, String marker, List<Run> runs) {

        public Block {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(marker);
            runs = List.copyOf(runs);
        }

        /** The block's words without their styling. */
        public String text() {
            StringBuilder text = new StringBuilder();
            runs.forEach(run -> text.append(run.text()));
            return text.toString();
        }
    }
}
