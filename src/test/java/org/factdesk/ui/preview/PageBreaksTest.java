package org.factdesk.ui.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.factdesk.ui.preview.PageBreaks.Block;
import org.factdesk.ui.preview.PageBreaks.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageBreaksTest {

    private static Block block(double top, double bottom) {
        return new Block(top, bottom, List.of(top), false);
    }

    private static Block heading(double top, double bottom) {
        return new Block(top, bottom, List.of(top), true);
    }

    /** A paragraph of lines of 20 units from {@code top}. */
    private static Block lines(double top, int count) {
        List<Double> tops = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tops.add(top + 20.0 * i);
        }
        return new Block(top, top + 20.0 * count, tops, false);
    }

    @Test
    void aStoryThatFitsIsOnePageFromTheTopToItsLastBlock() {
        assertEquals(List.of(new Page(0, 250)), PageBreaks.of(List.of(block(0, 40), block(50, 250)), 300));
    }

    @Test
    void aBlockThatWouldCrossTheFootStartsTheNextPageWhole() {
        List<Page> pages = PageBreaks.of(List.of(block(0, 120), block(130, 250), block(260, 380)), 300);

        assertEquals(List.of(new Page(0, 260), new Page(260, 380)), pages);
    }

    @Test
    void aHeadingGoesToTheNextPageWithTheBlockAfterIt() {
        List<Page> pages = PageBreaks.of(List.of(block(0, 200), heading(210, 240), block(250, 340)), 300);

        assertEquals(List.of(new Page(0, 210), new Page(210, 340)), pages);
    }

    @Test
    void aHeadingAtThePagesTopStaysThereRatherThanLeaveThePageEmpty() {
        List<Page> pages = PageBreaks.of(List.of(heading(0, 30), lines(40, 20)), 300);

        assertEquals(0, pages.get(0).top());
        assertTrue(pages.get(0).bottom() > 40, "the heading's page also holds lines of the block: " + pages);
    }

    @Test
    void aBlockTallerThanAPageIsCutBetweenItsLines() {
        // 40 lines of 20 units from 100: the first page takes the lines that end by 300.
        List<Page> pages = PageBreaks.of(List.of(block(0, 90), lines(100, 40)), 300);

        assertEquals(new Page(0, 300), pages.get(0));
        assertEquals(new Page(300, 600), pages.get(1));
        assertEquals(new Page(600, 900), pages.get(2));
        assertEquals(3, pages.size());
    }

    @Test
    void aPageEndsAfterItsLastWholeBlockWhenTheNextBeginsPastTheFoot() {
        List<Page> pages = PageBreaks.of(List.of(lines(0, 12), lines(310, 3)), 300);

        assertEquals(List.of(new Page(0, 240), new Page(240, 370)), pages);
    }

    @Test
    void aSingleLineTallerThanAPageIsCutAtTheFoot() {
        List<Page> pages = PageBreaks.of(List.of(new Block(0, 700, List.of(0.0), false)), 300);

        assertEquals(List.of(new Page(0, 300), new Page(300, 600), new Page(600, 700)), pages);
    }

    @Test
    void anEmptyStoryIsOneEmptyPage() {
        assertEquals(List.of(new Page(0, 0)), PageBreaks.of(List.of(), 300));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -10, Double.NaN})
    void aPageWithoutHeightIsRefused(double height) {
        assertThrows(IllegalArgumentException.class, () -> PageBreaks.of(List.of(block(0, 10)), height));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void pagesFollowEachOtherCoverTheStoryAndNoneIsTallerThanThePage(long seed) {
        Random random = new Random(seed);
        List<Block> blocks = new ArrayList<>();
        double top = 0;
        for (int i = 0; i < 60; i++) {
            Block next = random.nextInt(5) == 0 ? heading(top, top + 25) : lines(top, 1 + random.nextInt(18));
            blocks.add(next);
            top = next.bottom() + 8;
        }
        double pageHeight = 200 + random.nextInt(400);

        List<Page> pages = PageBreaks.of(blocks, pageHeight);

        assertEquals(0, pages.get(0).top());
        assertEquals(blocks.get(blocks.size() - 1).bottom(), pages.get(pages.size() - 1).bottom());
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            assertTrue(page.height() <= pageHeight + 0.5 && page.height() > 0, "page " + i + ": " + page);
            if (i > 0) {
                assertEquals(pages.get(i - 1).bottom(), page.top(), "no gap or overlap before page " + i);
            }
            for (int b = 0; b < blocks.size(); b++) {
                Block block = blocks.get(b);
                boolean fitsOnAPage = block.bottom() - block.top() <= pageHeight;
                boolean cutThrough = block.top() < page.bottom() - 0.5 && block.bottom() > page.bottom() + 0.5;
                // Only headings at a page's top take lines of the block after them along.
                boolean afterHeadingAtTop = false;
                for (int h = b - 1; h >= 0 && blocks.get(h).keepWithNext() && !afterHeadingAtTop; h--) {
                    afterHeadingAtTop = blocks.get(h).top() == page.top();
                }
                assertTrue(!(fitsOnAPage && cutThrough && !afterHeadingAtTop), "page " + i + " cuts " + block);
                if (block.keepWithNext() && i < pages.size() - 1) {
                    assertTrue(block.bottom() < page.top() || block.top() >= page.bottom() - 0.5
                            || page.bottom() > block.bottom() + 8.5, "a heading ends page " + i);
                }
            }
        }
    }
}
