package org.factdesk.logic.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes test PDFs with PDFBox, laid out as a typesetter would: lines of 11 pt Times at a 14 pt leading in a
 * 450 pt column, paragraphs set apart by a first-line indent or a gap, a running header and page numbers on
 * every page, and a new page when the column is full. Lines are given as they are set, so that tests choose
 * where a line breaks (and which word it hyphenates); {@link #wrapped} sets a paragraph by itself. Public for
 * the import benchmark, which ships with it in the benchmark jar. One document per instance, on one thread.
 */
public final class TestPdf {

    static final float SIZE = 11;
    static final float LEADING = 14;
    static final float LEFT = 72;
    static final float WIDTH = 450;
    static final float INDENT = 18;
    private static final float TOP = PDRectangle.LETTER.getHeight() - 72;
    private static final float BOTTOM = 90;

    private final PDDocument document = new PDDocument();
    private final PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private String header;
    private String pageNumberFormat;
    private PDPageContentStream page;
    private int pageNumber;
    private float y;

    /** A running header, drawn at the top of every page from the next one on. */
    public TestPdf header(String text) {
        header = text;
        return this;
    }

    /** A page number at the bottom of every page, e.g. {@code "Page %d"} or {@code "%d"}. */
    public TestPdf pageNumbers(String format) {
        pageNumberFormat = format;
        return this;
    }

    public TestPdf info(String title, String author) {
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(title);
        information.setAuthor(author);
        return this;
    }

    /** Lines of one paragraph as set, the first one indented. */
    public TestPdf indented(String... lines) {
        for (int i = 0; i < lines.length; i++) {
            show(lines[i], i == 0 ? INDENT : 0);
        }
        return this;
    }

    /** Lines as set, none indented. */
    public TestPdf lines(String... lines) {
        for (String line : lines) {
            show(line, 0);
        }
        return this;
    }

    /** Empty space of one line, as between block paragraphs. */
    public TestPdf gap() {
        y -= LEADING;
        return this;
    }

    /** Sets a paragraph's words in lines as wide as the column allows, the first line indented. */
    public TestPdf wrapped(String paragraph) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ", -1)) {
            float room = WIDTH - (lines.isEmpty() ? INDENT : 0);
            String longer = line.length() == 0 ? word : line + " " + word;
            if (width(longer) > room && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(longer);
            }
        }
        lines.add(line.toString());
        return indented(lines.toArray(String[]::new));
    }

    /** Ends the current page; the next line starts a new one. */
    public TestPdf newPage() {
        finishPage();
        return this;
    }

    /** Adds a page with no text, only a drawn shape, as a scanned page's image would be. */
    public TestPdf pageWithoutText() {
        finishPage();
        PDPage blank = new PDPage(PDRectangle.LETTER);
        document.addPage(blank);
        try (PDPageContentStream drawing = new PDPageContentStream(document, blank)) {
            drawing.addRect(LEFT, 200, 300, 400);
            drawing.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public byte[] bytes() {
        return save(null);
    }

    /** The document, readable only with the password {@code userPassword}. */
    public byte[] encrypted(String userPassword) {
        return save(new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission()));
    }

    /** The document with an owner password and restricted permissions, but none needed to open it. */
    public byte[] restricted() {
        AccessPermission permissions = new AccessPermission();
        permissions.setCanModify(false);
        permissions.setCanPrint(false);
        return save(new StandardProtectionPolicy("owner-secret", "", permissions));
    }

    public float width(String text) {
        try {
            return font.getStringWidth(text) / 1000 * SIZE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] save(StandardProtectionPolicy policy) {
        finishPage();
        try (PDDocument closing = document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (policy != null) {
                policy.setEncryptionKeyLength(128);
                closing.protect(policy);
            }
            closing.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void show(String text, float indent) {
        if (page == null || y < BOTTOM) {
            startPage();
        }
        write(text, LEFT + indent, y);
        y -= LEADING;
    }

    private void startPage() {
        finishPage();
        PDPage newPage = new PDPage(PDRectangle.LETTER);
        document.addPage(newPage);
        pageNumber++;
        try {
            page = new PDPageContentStream(document, newPage);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (header != null) {
            write(header, LEFT, TOP + 24);
        }
        y = TOP;
    }

    private void finishPage() {
        if (page == null) {
            return;
        }
        if (pageNumberFormat != null) {
            write(String.format(pageNumberFormat, pageNumber), LEFT + WIDTH / 2, BOTTOM - 40);
        }
        try {
            page.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page = null;
    }

    private void write(String text, float x, float atY) {
        try {
            page.beginText();
            page.setFont(font, SIZE);
            page.newLineAtOffset(x, atY);
            page.showText(text);
            page.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
