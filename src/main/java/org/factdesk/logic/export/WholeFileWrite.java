package org.factdesk.logic.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes an export to its target in the way the target's kind needs. A regular file, or a new one, is replaced
 * whole: the text goes to a work file beside it ({@link PartFiles}), which then replaces it in one move, so the
 * target holds either its old content or all of the new. A new file gets the mode the umask gives; a replaced one
 * keeps its own; a link keeps pointing where it did, at the new content. A read-only file, a folder Factdesk
 * cannot write in ({@link WritePermission}) and a folder as the target are refused. A FIFO, a device or a
 * descriptor such as {@code /dev/stdout} is opened and written as a stream, never replaced. Stateless; blocking,
 * so run it off the JavaFX thread.
 */
public final class WholeFileWrite {

    // Linux's names for the descriptors of a process; what is behind them belongs to whoever opened it.
    private static final Pattern DESCRIPTOR = Pattern.compile(
            "/dev/(stdout|stderr|fd/\\d+)|/proc/(self|thread-self|\\d+)/fd/\\d+");

    private WholeFileWrite() {
    }

    /**
     * Writes {@code text} to {@code target} as UTF-8.
     *
     * @throws RefusedTargetException if the target is a folder, a read-only file, or in a folder that cannot be
     *     written in; nothing has been written then
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
        WritePermission.checkReplaceable(target, exists);
        PartFiles.removeStale(target, Instant.now());
        Set<PosixFilePermission> mode = exists ? modeOf(target) : null;
        Path temporary = null;
        try {
            temporary = createPart(target, mode);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                // The move must not publish a name whose bytes are still only in memory.
                channel.force(true);
            }
            if (mode != null) {
                // The umask may have narrowed the mode the file was created with; this only widens it to the
                // replaced file's own.
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

    private static Path createPart(Path target, Set<PosixFilePermission> mode) throws IOException {
        try {
            return PartFiles.create(target, mode);
        } catch (AccessDeniedException e) {
            // The permission bits allowed it, but the system did not (an ACL, a mount option): still the folder.
            RefusedTargetException refused = WritePermission.folderRefusal(target);
            refused.initCause(e);
            throw refused;
        }
    }

    private static Set<PosixFilePermission> modeOf(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        return view == null ? null : view.readAttributes().permissions();
    }
}
