package org.factdesk.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts {@link ProjectFileHolder} in its own JVM, as another Factdesk would be. Test helper. */
public final class SecondProcess implements AutoCloseable {

    /** The exit status of a JVM ended by SIGKILL (128 + 9) and by SIGTERM after its shutdown hooks (128 + 15). */
    public static final int KILLED = 137;
    public static final int TERMINATED = 143;

    private final Process process;
    private final BufferedReader output;

    private SecondProcess(Process process) {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    public static SecondProcess start(String mode, Path project, Path... more) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp",
                System.getProperty("java.class.path"), ProjectFileHolder.class.getName(), mode, project.toString()));
        for (Path file : more) {
            command.add(file.toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        return new SecondProcess(builder.start());
    }

    /** The next line the process printed, or null once it has ended. */
    public String nextLine() throws IOException {
        return output.readLine();
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Ends the process the hard way, as a crash or a power-off button would, and returns its exit status. */
    public int kill() {
        process.destroyForcibly();
        return exitStatus();
    }

    /** Asks the process to end with SIGTERM, as a logout or a system shutdown does, and returns its status. */
    public int terminate() {
        process.destroy();
        return exitStatus();
    }

    /** Waits for the process to end by itself and returns its exit status. */
    public int exitStatus() {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the second process did not end");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }
}
