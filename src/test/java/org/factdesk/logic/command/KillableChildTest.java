package org.factdesk.logic.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KillableChildTest {

    /** About 40 KB: more than the reader buffers, less than a Linux pipe holds, so most of it waits in the pipe. */
    private static final int LINES = 4_000;

    @TempDir
    Path folder;

    @Test
    void linesStillInThePipeWhenTheChildIsKilledAreAllRead() throws Exception {
        Path printed = folder.resolve("printed");
        CountDownLatch killed = new CountDownLatch(1);
        // The reader stops at the first numbered line until the kill is done, so that the kill finds most of
        // the lines still in the pipe: the moment a slow reader in the crash test lost them.
        KillableChild child = KillableChild.start(new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PrintingProcess.class.getName(),
                String.valueOf(LINES), printed.toString()).redirectError(ProcessBuilder.Redirect.DISCARD),
                line -> {
                    if (line.equals(PrintingProcess.line(0))) {
                        awaitQuietly(killed);
                    }
                });
        assertTrue(child.awaitLine("READY", 30_000), () -> "the child did not start: " + child.linesSoFar());
        awaitFile(printed);

        child.kill();
        killed.countDown();
        List<String> lines = child.linesAfterKill();

        assertEquals(Stream.concat(Stream.of("READY"), IntStream.range(0, LINES).mapToObj(PrintingProcess::line))
                .toList(), lines);
    }

    private static void awaitFile(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(file)) {
            assertTrue(System.nanoTime() < deadline, "the child did not print its lines within 30 s");
            Thread.sleep(20);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
