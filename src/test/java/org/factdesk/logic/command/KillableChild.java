package org.factdesk.logic.command;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A child process whose standard output is read line by line on a thread of its own, and which can be killed
 * with SIGKILL without losing a line it printed: after the kill the pipe is read to its end. {@code
 * Process.destroyForcibly()} must not be used for this, because it also closes this end of the pipe at once, so
 * the lines the reader had not yet taken are thrown away; the crash test then missed edits the child had begun
 * and written. Call {@link #start}, {@link #awaitLine}, {@link #kill} and {@link #linesAfterKill} from one
 * thread; the reader thread only hands lines over.
 */
final class KillableChild {

    private final Process process;
    private final Thread reader;
    private final List<String> lines = new ArrayList<>();
    private IOException readFailure;
    private boolean ended;

    private KillableChild(Process process, Consumer<String> eachLine) {
        this.process = process;
        this.reader = new Thread(() -> readAll(eachLine), "child-output-reader");
        reader.setDaemon(true);
    }

    /** Starts the process; {@code eachLine} sees every line on the reader thread before it is kept. */
    static KillableChild start(ProcessBuilder builder, Consumer<String> eachLine) throws IOException {
        KillableChild child = new KillableChild(builder.start(), eachLine);
        child.reader.start();
        return child;
    }

    static KillableChild start(ProcessBuilder builder) throws IOException {
        return start(builder, line -> { });
    }

    /** Waits until the child has printed {@code line}; false if it did not within the time or its output ended. */
    boolean awaitLine(String line, long timeoutMillis) throws InterruptedException {
        return awaitLine(line::equals, timeoutMillis);
    }

    /** Waits until the child has printed a line that {@code wanted} accepts; false as {@link #awaitLine}. */
    boolean awaitLine(Predicate<String> wanted, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        synchronized (lines) {
            while (lines.stream().noneMatch(wanted)) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0 || ended) {
                    return false;
                }
                lines.wait(left);
            }
            return true;
        }
    }

    /** Sends SIGKILL and waits for the process to end; the pipe stays open, so nothing printed is lost. */
    void kill() throws InterruptedException, IOException {
        process.toHandle().destroyForcibly();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            throw new AssertionError("the child did not end within 20 s of SIGKILL");
        }
        process.getOutputStream().close();
    }

    /** Every line the child printed, read to the end of its output; call after {@link #kill}. */
    List<String> linesAfterKill() throws InterruptedException {
        reader.join(TimeUnit.SECONDS.toMillis(20));
        synchronized (lines) {
            if (!ended) {
                throw new AssertionError("the child's output was not read to its end within 20 s");
            }
            if (readFailure != null) {
                throw new AssertionError("the child's output could not be read to its end", readFailure);
            }
            return List.copyOf(lines);
        }
    }

    /** What has been read so far, for messages. */
    List<String> linesSoFar() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    private void readAll(Consumer<String> eachLine) {
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                eachLine.accept(line);
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            synchronized (lines) {
                readFailure = e;
            }
        } finally {
            synchronized (lines) {
                ended = true;
                lines.notifyAll();
            }
        }
    }
}
