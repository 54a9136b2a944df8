package org.factdesk.logic.importing;

import java.nio.file.Path;

/**
 * A child JVM for {@link DocumentImportQuietTest}: reads each PDF or Word file named on its command line, as the
 * application would, and prints each one's character count; anything else on standard error is the libraries'.
 */
public final class QuietImportChild {

    private QuietImportChild() {
    }

    public static void main(String[] args) throws Exception {
        SourceFileReader reader = new SourceFileReader();
        for (String file : args) {
            try {
                System.out.println(reader.read(Path.of(file)).text().length());
            } catch (SourceImportException refused) {
                System.out.println("refused: " + refused.getMessage());
            }
        }
    }
}
