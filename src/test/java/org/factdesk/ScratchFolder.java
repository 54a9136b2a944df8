package org.factdesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A temporary folder for test helpers that cannot use JUnit's {@code @TempDir} (a session object shared by
 * TestFX tests, a benchmark's main): made on creation, deleted with everything in it on {@link #close()}.
 * Not thread-safe; close it once, after the last file in it is closed.
 */
public final class ScratchFolder implements AutoCloseable {

    private final Path path;

    private ScratchFolder(Path path) {
        this.path = path;
    }

    public static ScratchFolder create(String prefix) throws IOException {
        return new ScratchFolder(Files.createTempDirectory(prefix));
    }

    public Path path() {
        return path;
    }

    @Override
    public void close() {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            // Deepest first, so every folder is empty by the time it is deleted.
            List<Path> all = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path each : all) {
                Files.delete(each);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the test folder " + path, e);
        }
    }
}
