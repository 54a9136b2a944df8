package org.factdesk.app.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * Factdesk's command line: import, export, list, check and recover stories; add, print, search and correct sources;
 * of a project file without the desktop.
 * Everything it prints is UTF-8. Never loads JavaFX. One instance per run, on the calling thread. The benchmarks
 * have their own jar and command line (see docs/decisions/0008-benchmarks-apart.md).
 */
@Command(name = "factdesk", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = "Write balanced, sourced story summaries. Without arguments, starts the desktop "
                + "workstation; with a command, works on a project file (*.mv.db) from the command line.",
        subcommands = {ImportCommand.class, ExportCommand.class, ListCommand.class, RecoverCommand.class,
            AddSourceCommand.class, SourceCommand.class, SetTextCommand.class, SearchCommand.class,
            CheckCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:success",
            "1:a problem with a file or its contents (the one line on stderr says which)",
            "2:the command line was not understood",
            "3:an internal error (run again with --debug and report it)"})
public final class FactdeskCli implements Callable<Integer> {

    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_INTERNAL = 3;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print the stack trace of an error as well as its one-line message.")
    boolean debug;

    @Spec
    CommandSpec spec;

    /**
     * Runs the command line in this process and returns the exit status; prints to {@code out} and {@code err}
     * only, never to System.out, so tests can run it in-process; {@code open} hands over to {@code desktop}.
     * Whatever goes wrong, it returns: any failure ends as one line on {@code err} and a status. A failure to
     * write standard output (a full disk, a closed descriptor) is such a failure: status 1, never 0 with the
     * output lost.
     */
    public static int run(OutputStream out, PrintStream err, Desktop desktop, String... args) {
        FactdeskCli root = new FactdeskCli();
        StdoutGuard stdout = new StdoutGuard(out);
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        try {
            // Added first: the settings below reach only the subcommands that exist when they are made.
            CommandLine commandLine = new CommandLine(root)
                    .addSubcommand("open", new OpenCommand(desktop))
                    .setOut(outWriter)
                    .setErr(errWriter)
                    .setExecutionExceptionHandler(new FailureReport(() -> root.debug))
                    .setParameterExceptionHandler(new ShortUsageOnError());
            int status = commandLine.execute(args);
            outWriter.flush();
            return stdoutFailed(stdout, errWriter, status);
        } catch (Throwable failure) {
            // picocli hands only Exceptions to FailureReport; an Error (OutOfMemoryError on a huge file, a
            // StackOverflowError) would otherwise end the JVM with a stack trace and status 1.
            return FailureReport.internal(errWriter, failure, root.debug);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    private static int stdoutFailed(StdoutGuard stdout, PrintWriter err, int status) {
        Optional<String> failure = stdout.failure();
        if (failure.isEmpty()) {
            return status;
        }
        err.println("factdesk: error: cannot write to standard output: " + failure.get());
        return status == EXIT_OK ? EXIT_FAILED : status;
    }

    /** Without a command there is nothing to do from here: say how to use it. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return EXIT_USAGE;
    }
}
