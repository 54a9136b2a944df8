package org.factdesk.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.factdesk.model.ProjectFileException;
import org.factdesk.model.RecoveryReport;
import org.factdesk.model.RecoveryReport.LeftOut;
import org.factdesk.store.H2ProjectFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code factdesk recover}: copies every sound source and story of a damaged project file into a new project
 * file, reading the damaged one only. Prints one {@code warning} line per part it could not copy whole, then a
 * summary; the status is 0 only when everything was sound. One run.
 */
@Command(name = "recover", mixinStandardHelpOptions = true,
        description = "Copy every sound source and story of a damaged project file into a new project file. "
                + "The damaged file is only read, never changed.")
final class RecoverCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<damaged.mv.db>", description = "The damaged project file.")
    Path damagedFile;

    @Parameters(index = "1", paramLabel = "<new.mv.db>", description = "The new project file; must not exist.")
    Path newFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ProjectFileException, UserError {
        Path from = H2ProjectFiles.withSuffix(damagedFile.toAbsolutePath().normalize());
        Path to = H2ProjectFiles.withSuffix(newFile.toAbsolutePath().normalize());
        H2ProjectFiles.checkUsablePath(from);
        H2ProjectFiles.checkUsablePath(to);
        if (!Files.isRegularFile(from)) {
            throw new UserError("there is no project file at " + from + ".");
        }
        if (Files.exists(to, LinkOption.NOFOLLOW_LINKS) || to.equals(from)) {
            throw new UserError(to + " already exists; recover writes a new project file and never replaces one.");
        }
        RecoveryReport report = new H2ProjectFiles().recover(from, to);
        PrintWriter out = spec.commandLine().getOut();
        for (LeftOut part : report.leftOut()) {
            out.println(part.line());
        }
        out.println("recovered " + report.sourcesCopied() + " of " + report.sources() + " sources and "
                + report.storiesCopied() + " of " + report.stories() + " stories into " + to);
        out.flush();
        if (report.allSound()) {
            return FactdeskCli.EXIT_OK;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("factdesk: error: " + from.getFileName() + " is damaged: " + report.leftOut().size()
                + (report.leftOut().size() == 1 ? " part was" : " parts were") + " not copied whole; the warning "
                + "lines name them.");
        err.flush();
        return FactdeskCli.EXIT_FAILED;
    }
}
