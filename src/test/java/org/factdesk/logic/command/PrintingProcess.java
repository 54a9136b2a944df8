package org.factdesk.logic.command;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The child JVM of {@link KillableChildTest}: prints {@code READY}, then the given number of numbered lines,
 * then creates the given flag file, so the test knows every line is written, and waits to be killed.
 */
final class PrintingProcess {

    private PrintingProcess() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("READY");
        int count = Integer.parseInt(args[0]);
        for (int i = 0; i < count; i++) {
            out.println(line(i));
        }
        Files.createFile(Path.of(args[1]));
        Thread.sleep(Long.MAX_VALUE);
    }

    static String line(int number) {
        return String.format("line %05d", number);
    }
}
