package org.factdesk.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Starts {@link ProjectFileHolder} in its own JVM, as another Factdesk would be. */
final class SecondProcess implements AutoCloseable {

    private final Process process;
    private final BufferedReader output;

    private SecondProcess(Process process) {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static SecondProcess start(String mode, Path project) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ProjectFileHolder.class.getName(), mode, project.toString());
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        return new SecondProcess(builder.start());
    }

    /** The next line the process printed, or null once it has ended. */
    String nextLine() throws IOException {
        return output.readLine();
    }

    /** Ends the process the hard way, as a crash or a power-off button would. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
    }
}
