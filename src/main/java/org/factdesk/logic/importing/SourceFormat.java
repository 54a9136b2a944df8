package org.factdesk.logic.importing;

import java.io.IOException;

/**
 * Reads the bytes of one kind of file (plain text, a web page, an e-mail…) into an extracted source.
 * {@link SourceFileReader} picks one by the file's extension. Implementations are stateless and blocking:
 * call them on a background thread.
 */
@FunctionalInterface
interface SourceFormat {

    /**
     * The source in one file's bytes.
     *
     * @param bytes the whole file, not empty and within {@link SourceFileReader#MAX_BYTES}
     * @param name the file's name, for messages
     * @throws SourceImportException with a message naming the file, when it cannot become a source
     */
    ExtractedSource read(byte[] bytes, String name) throws IOException, SourceImportException;
}
