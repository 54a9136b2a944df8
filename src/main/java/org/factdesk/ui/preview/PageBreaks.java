package org.factdesk.ui.preview;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a laid-out story is cut into pages, after the HTML export's print CSS: never inside a block that fits on
 * a page (a fact, a narrative), and a heading stays with the block after it. Only a block taller than a whole
 * page is cut, between two of its lines, and a single line taller than a page at the page's foot. Pages follow
 * each other without gaps or overlaps. Pure; any thread.
 */
final class PageBreaks {

    /** Below this, in layout units, two positions are the same: layout bounds carry rounding. */
    private static final double SLACK = 0.5;

    /**
     * A block of the page, top to bottom in the page's coordinates.
     *
     * @param lineTops where each of its lines begins, top to bottom; empty for a block of one piece
     * @param keepWithNext a heading, which must not end a page
     */
    record Block(double top, double bottom, List<Double> lineTops, boolean keepWithNext) {

        Block {
            lineTops = List.copyOf(lineTops);
        }
    }

    /** One page: the stretch from {@code top} to {@code bottom} of the laid-out story. */
    record Page(double top, double bottom) {

        double height() {
            return bottom - top;
        }
    }

    private PageBreaks() {
    }

    /** The pages, at least one; {@code blocks} are in page order. */
    static List<Page> of(List<Block> blocks, double pageHeight) {
        if (!(pageHeight > SLACK)) {
            throw new IllegalArgumentException("a page needs a printable height, not " + pageHeight);
        }
        double end = blocks.stream().mapToDouble(Block::bottom).max().orElse(0);
        List<Page> pages = new ArrayList<>();
        double start = 0;
        while (end - start > pageHeight + SLACK) {
            double cut = cut(blocks, start, start + pageHeight);
            pages.add(new Page(start, cut));
            start = cut;
        }
        pages.add(new Page(start, Math.max(start, end)));
        return pages;
    }

    /**
     * Where the page that begins at {@code start} ends. Every block's top and bottom and every line's top up to
     * the foot is a place to cut, some better than others; the best comes first, then the one that fills the page most. Only
     * when there is none is the page cut at its foot.
     */
    private static double cut(List<Block> blocks, double start, double limit) {
        double pageHeight = limit - start;
        Cut best = new Cut(start, limit);
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            boolean afterHeading = i > 0 && blocks.get(i - 1).keepWithNext();
            best.consider(block.top(), afterHeading ? Badness.AFTER_HEADING : Badness.NONE);
            // The next block may begin past the foot: then the cut goes where this one ends.
            best.consider(block.bottom(), block.keepWithNext() ? Badness.AFTER_HEADING : Badness.NONE);
            boolean tall = block.bottom() - block.top() > pageHeight + SLACK;
            for (double line : block.lineTops()) {
                if (line > block.top() + SLACK) {
                    best.consider(line, tall ? Badness.NONE : Badness.INSIDE_BLOCK);
                }
            }
        }
        return best.position;
    }

    /**
     * How much a cut goes against the print CSS, least first. A heading left alone at a page's foot reads worse
     * than a fact split over two pages, so a heading at a page's top takes lines of the next block with it.
     */
    private enum Badness {
        /** Between blocks, or between the lines of a block that no page could hold whole. */
        NONE,
        /** Between the lines of a block that would fit on a page. */
        INSIDE_BLOCK,
        /** Between a heading and the block after it. */
        AFTER_HEADING,
        /** Through a line, at the page's foot: nothing else fits. */
        FOOT
    }

    /** The best cut seen so far on the page from {@code start} to {@code limit}. */
    private static final class Cut {

        private final double start;
        private final double limit;
        private double position;
        private Badness badness = Badness.FOOT;

        Cut(double start, double limit) {
            this.start = start;
            this.limit = limit;
            this.position = limit;
        }

        void consider(double candidate, Badness candidateBadness) {
            if (candidate <= start + SLACK || candidate > limit + SLACK) {
                return;
            }
            int order = candidateBadness.compareTo(badness);
            if (order < 0 || (order == 0 && candidate > position)) {
                position = candidate;
                badness = candidateBadness;
            }
        }
    }
}
