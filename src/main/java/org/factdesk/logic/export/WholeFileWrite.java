package org.factdesk.logic.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Writes an export to its target in the way the target's kind needs. A regular file, or a new one, is replaced
 * whole: the text goes to a temporary file beside it, which then replaces it in one move, so the target holds
 * either its old content or all of the new. A new file gets the mode the umask gives; a replaced one keeps its
 * own; a link keeps pointing where it did, at the new content. A FIFO, a device or a descriptor such as
 * {@code /dev/stdout} is opened and written as a stream, never replaced. A folder is refused. Stateless;
 * blocking, so run it off the JavaFX thread.
 */
public final class WholeFileWrite {

    // Linux's names for the descriptors of a process; what is behind them belongs to whoever opened it.
    private static final Pattern DESCRIPTOR = Pattern.compile(
            "/dev/(stdout|stderr|fd/\\d+)|/proc/(self|thread-self|\\d+)/fd/\\d+");
    private static final int TEMPORARY_NAME_ATTEMPTS = 100;
    private static final int TEMPORARY_NAME_KEPT = 64;

    private WholeFileWrite() {
    }

    /**
     * Writes {@code text} to {@code target} as UTF-8.
     *
     * @throws RefusedTargetException if the target is a folder
     */
    public static void write(Path target, String text) throws IOException {
        Path absolute = target.toAbsolutePath();
        BasicFileAttributes node = attributes(absolute);
        if (node != null && node.isDirectory()) {
            throw new RefusedTargetException(target, "it is a folder; name a file to write");
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (isDescriptor(absolute) || (node != null && node.isOther())) {
            stream(absolute, bytes, node != null && node.isRegularFile());
        } else {
            // Replace what the link points to, not the link: the editor's link to the web folder stays.
            replace(node == null ? absolute : absolute.toRealPath(), bytes, node != null);
        }
    }

    /** The target's attributes, links followed; null when nothing is there. */
    private static BasicFileAttributes attributes(Path target) {
        try {
            return Files.readAttributes(target, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean isDescriptor(Path absolute) {
        return DESCRIPTOR.matcher(absolute.normalize().toString()).matches();
    }

    /**
     * Writes into a node that must stay what it is. A regular file behind {@code /dev/stdout} is the shell's
     * redirect: appending keeps both {@code >} and {@code >>} meaning what the user typed.
     */
    private static void stream(Path node, byte[] bytes, boolean regularFile) throws IOException {
        try (OutputStream out = regularFile
                ? Files.newOutputStream(node, StandardOpenOption.WRITE, StandardOpenOption.APPEND)
                : Files.newOutputStream(node, StandardOpenOption.WRITE)) {
            out.write(bytes);
        }
    }

    private static void replace(Path target, byte[] bytes, boolean exists) throws IOException {
        Set<PosixFilePermission> mode = exists ? modeOf(target) : null;
        Path temporary = null;
        try {
            temporary = createBeside(target);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                // The move must not publish a name whose bytes are still only in memory.
                channel.force(true);
            }
            if (mode != null) {
                Files.setPosixFilePermissions(temporary, mode);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    private static Set<PosixFilePermission> modeOf(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        return view == null ? null : view.readAttributes().permissions();
    }

    /**
     * An empty file of our own beside the target. Created with CREATE_NEW and no permissions of its own, so the
     * system gives it the umask's mode (Files.createTempFile would make it 0600) and no one else's file or link
     * can stand in for it.
     */
    private static Path createBeside(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String tag = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
            Path temporary = target.resolveSibling("." + shortened(target.getFileName().toString()) + "." + tag
                    + ".part");
            try {
                Files.newByteChannel(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temporary;
            } catch (FileAlreadyExistsException e) {
                if (attempt == TEMPORARY_NAME_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    // A target named up to the file system's limit must not fail for want of room in its temporary name.
    private static String shortened(String name) {
        return name.length() <= TEMPORARY_NAME_KEPT ? name : name.substring(0, TEMPORARY_NAME_KEPT);
    }
}
