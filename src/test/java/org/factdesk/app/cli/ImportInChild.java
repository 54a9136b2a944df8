package org.factdesk.app.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.factdesk.logic.interchange.StoryJsonReader;

/**
 * A child JVM for crash tests: loads the classes an import needs (the command line, the JSON reader, the H2
 * engine) without touching the project, prints {@code ready}, then runs {@code factdesk import PROJECT STORY} and
 * exits with its status. Warming up first puts the parent's random kills into the import itself rather than into
 * class loading.
 */
public final class ImportInChild {

    /** An import never starts the desktop. */
    private static final Desktop NO_DESKTOP = (project, err) -> {
        throw new IllegalStateException("an import started the desktop");
    };

    private ImportInChild() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        FactdeskCli.run(nowhere, nowhere, NO_DESKTOP, "import", "--help");
        new StoryJsonReader().read(Path.of(args[1]));
        DriverManager.getConnection("jdbc:h2:mem:warm-up").close();
        System.out.println("ready");
        System.out.flush();
        System.exit(FactdeskCli.run(System.out, System.err, NO_DESKTOP, "import", args[0], args[1]));
    }
}
