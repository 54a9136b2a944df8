package org.factdesk.logic.export;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The hidden work file an export is written to before it takes its target's place, named
 * {@code .<name>.<16 hex digits>.factdesk-part} beside the target. It is created with the permissions the finished
 * file will have, so its text is never readable by more people than the file's; and since a kill -9 leaves it
 * behind, the next export to the same target removes such files once they are {@link #STALE_AFTER} old (an
 * export still writing one keeps touching it, and a younger one may belong to an export running right now).
 * Stateless; blocking, so run it off the JavaFX thread.
 */
final class PartFiles {

    static final String SUFFIX = ".factdesk-part";
    static final Duration STALE_AFTER = Duration.ofMinutes(1);

    private static final int NAME_ATTEMPTS = 100;
    // A target named up to the file system's limit must not fail for want of room in its work file's name.
    private static final int NAME_KEPT = 64;

    private PartFiles() {
    }

    /**
     * Creates an empty work file beside {@code target}. With {@code mode} it is created with that mode at once
     * (narrowed by the umask, never widened); without, it gets the umask's mode, as a new file should. CREATE_NEW,
     * so no one else's file or link can stand in for it.
     */
    static Path create(Path target, Set<PosixFilePermission> mode) throws IOException {
        FileAttribute<?>[] attributes = mode == null ? new FileAttribute<?>[0]
                : new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(mode)};
        for (int attempt = 0; ; attempt++) {
            String tag = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
            Path part = target.resolveSibling("." + kept(target) + "." + tag + SUFFIX);
            try {
                return Files.createFile(part, attributes);
            } catch (FileAlreadyExistsException e) {
                if (attempt == NAME_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * Removes the work files of earlier exports to {@code target} that were killed before they finished. Only
     * regular files of exactly this target's pattern, and only stale ones; a failure to remove one is no reason
     * to fail the export that noticed it.
     */
    static void removeStale(Path target, Instant now) {
        Pattern ours = Pattern.compile(Pattern.quote("." + kept(target) + ".") + "[0-9a-f]{16}"
                + Pattern.quote(SUFFIX));
        Instant staleBefore = now.minus(STALE_AFTER);
        DirectoryStream.Filter<Path> stale = path -> ours.matcher(path.getFileName().toString()).matches()
                && isStale(path, staleBefore);
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(target.getParent(), stale)) {
            for (Path part : parts) {
                Files.deleteIfExists(part);
            }
        } catch (IOException | RuntimeException e) {
            // Left for the next export to the same target; this one does not depend on it.
        }
    }

    private static boolean isStale(Path path, Instant staleBefore) {
        try {
            BasicFileAttributes file = Files.readAttributes(path, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return file.isRegularFile() && file.lastModifiedTime().toInstant().isBefore(staleBefore);
        } catch (IOException gone) {
            return false;
        }
    }

    private static String kept(Path target) {
        String name = target.getFileName().toString();
        return name.length() <= NAME_KEPT ? name : name.substring(0, NAME_KEPT);
    }
}
