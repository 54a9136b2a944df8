package org.factdesk.logic.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * FIFOs and devices for export tests: makes a FIFO with {@code mkfifo}, drains one from a thread of its own, and
 * checks that {@code /dev/null} is still the device, putting it back if a regression replaced it (the tests may
 * run as root, where a replaced /dev/null would break the machine for every later test).
 */
public final class SpecialFiles {

    public static final Path DEV_NULL = Path.of("/dev/null");

    private SpecialFiles() {
    }

    public static Path fifo(Path path) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        assertTrue(mkfifo.waitFor(10, TimeUnit.SECONDS), "mkfifo did not finish");
        assertEquals(0, mkfifo.exitValue(), new String(mkfifo.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        return path;
    }

    /** Everything written into the FIFO until its writer closes it, read on a daemon thread. */
    public static CompletableFuture<String> drain(Path fifo) {
        CompletableFuture<String> read = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                read.complete(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                read.completeExceptionally(e);
            }
        }, "fifo-reader");
        reader.setDaemon(true);
        reader.start();
        return read;
    }

    public static String await(CompletableFuture<String> read) throws Exception {
        try {
            return read.get(20, TimeUnit.SECONDS);
        } catch (CompletionException e) {
            throw (Exception) e.getCause();
        }
    }

    /** Whether {@code path} is still a FIFO or device node (neither a regular file nor a folder nor a link). */
    public static boolean isNode(Path path) throws IOException {
        return Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS).isOther();
    }

    /** Asserts /dev/null is still the null device; if it is not, puts the device back first. */
    public static void assertDevNullIntact() throws Exception {
        boolean intact = isNode(DEV_NULL);
        if (!intact) {
            Files.deleteIfExists(DEV_NULL);
            new ProcessBuilder("mknod", "-m", "666", DEV_NULL.toString(), "c", "1", "3").inheritIO().start()
                    .waitFor(10, TimeUnit.SECONDS);
        }
        assertTrue(intact, "/dev/null was replaced by a regular file");
    }
}
