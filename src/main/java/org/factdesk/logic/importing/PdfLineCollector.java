package org.factdesk.logic.importing;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects a PDF's text as lines with their positions, page by page, from PDFBox's text stripper, leaving the
 * joining of lines into paragraphs to {@link PdfParagraphs}. The stripper keeps the content stream's order
 * (not sorted by position), which keeps the columns of a two-column page apart. One instance reads one
 * document, on one thread.
 */
final class PdfLineCollector extends PDFTextStripper {

    private final List<List<PdfLine>> pages = new ArrayList<>();
    private List<PdfLine> page = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private float left;
    private float right;
    private float baseline;
    private float height;

    /** The document's lines, one list per page (an empty list for a page without text). */
    static List<List<PdfLine>> linesOf(PDDocument document) throws IOException {
        PdfLineCollector collector = new PdfLineCollector();
        collector.writeText(document, Writer.nullWriter());
        return collector.pages;
    }

    @Override
    protected void startPage(PDPage started) {
        page = new ArrayList<>();
        text.setLength(0);
    }

    @Override
    protected void endPage(PDPage ended) {
        endLine();
        pages.add(List.copyOf(page));
    }

    @Override
    protected void writeString(String string, List<TextPosition> positions) {
        if (positions.isEmpty()) {
            text.append(string);
            return;
        }
        TextPosition first = positions.get(0);
        TextPosition last = positions.get(positions.size() - 1);
        if (text.length() == 0) {
            left = first.getXDirAdj();
            baseline = first.getYDirAdj();
            height = 0;
        }
        for (TextPosition position : positions) {
            float size = position.getFontSizeInPt();
            height = Math.max(height, size > 0 ? size : position.getHeightDir());
        }
        right = last.getXDirAdj() + last.getWidthDirAdj();
        text.append(string);
    }

    @Override
    protected void writeWordSeparator() {
        text.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    private void endLine() {
        String line = text.toString().replaceAll("[ \\t]+", " ").strip();
        text.setLength(0);
        if (!line.isEmpty()) {
            page.add(new PdfLine(line, left, right, baseline, height));
        }
    }
}
