package org.factdesk.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Answers a mistyped command line with picocli's message, any "did you mean" suggestions, the synopsis and a
 * pointer to {@code --help}, instead of the whole help page. Exits with picocli's usage status (2).
 * Stateless.
 */
final class ShortUsageOnError implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("factdesk: " + ex.getMessage());
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.print(command.getHelp().fullSynopsis());
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }
}
