package org.factdesk.logic.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.util.List;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Writes test Word documents with Apache POI: paragraphs, tables, core properties, and encrypted copies. Public
 * for the import benchmark, which ships with it in the benchmark jar. One document per instance, on one thread.
 */
public final class TestDocx {

    private final XWPFDocument document = new XWPFDocument();

    public TestDocx properties(String title, String creator) {
        document.getProperties().getCoreProperties().setTitle(title);
        document.getProperties().getCoreProperties().setCreator(creator);
        return this;
    }

    /** One paragraph per text; an empty text makes an empty paragraph. */
    public TestDocx paragraphs(String... texts) {
        for (String text : texts) {
            XWPFRun run = document.createParagraph().createRun();
            if (!text.isEmpty()) {
                run.setText(text);
            }
        }
        return this;
    }

    /** One paragraph whose lines are separated by manual line breaks (Shift+Enter in Word). */
    public TestDocx brokenLines(String... lines) {
        XWPFRun run = document.createParagraph().createRun();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
        return this;
    }

    public TestDocx table(List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                table.getRow(r).getCell(c).setText(rows.get(r).get(c));
            }
        }
        return this;
    }

    public byte[] bytes() {
        try (XWPFDocument closing = document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            closing.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document as Word saves it with a password to open: an encrypted package in an OLE2 file. */
    public byte[] encrypted(String password) {
        byte[] plain = bytes();
        try (POIFSFileSystem container = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream data = encryptor.getDataStream(container)) {
                data.write(plain);
            }
            container.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An OLE2 file as a Word 97-2003 document is, without any encryption. */
    public static byte[] olderWordDocument() {
        try (POIFSFileSystem container = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            container.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
            container.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
