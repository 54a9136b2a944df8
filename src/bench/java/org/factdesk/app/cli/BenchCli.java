package org.factdesk.app.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The benchmark jar's command line, {@code java -jar target/factdesk-bench.jar [--project FILE] [--runs N]}: runs
 * {@link BenchCommand} with the product command line's messages and exit statuses. It lives in its own jar, so the
 * product ({@code factdesk.jar}) carries no benchmark code. One instance per run, on the calling thread.
 */
public final class BenchCli {

    private BenchCli() {
    }

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /** As {@link FactdeskCli#run}: prints to {@code out} and {@code err} only and always returns a status. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        BenchCommand bench = new BenchCommand();
        try {
            CommandLine commandLine = new CommandLine(bench)
                    .setCommandName("factdesk-bench")
                    .setOut(outWriter)
                    .setErr(errWriter)
                    .setExecutionExceptionHandler(new FailureReport(() -> bench.debug))
                    .setParameterExceptionHandler(new ShortUsageOnError());
            return commandLine.execute(args);
        } catch (Throwable failure) {
            // As in FactdeskCli: an Error escapes picocli's handlers and must still end as one line.
            return FailureReport.internal(errWriter, failure, bench.debug);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }
}
