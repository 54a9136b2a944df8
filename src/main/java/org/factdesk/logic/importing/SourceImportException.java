package org.factdesk.logic.importing;

/**
 * A file that cannot become a source, with a message written for the editor that names the file
 * ("notes.txt holds no text."). Thrown on whatever thread reads the file.
 */
public class SourceImportException extends Exception {

    public SourceImportException(String message) {
        super(message);
    }
}
