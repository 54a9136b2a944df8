package org.factdesk.logic.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

/**
 * Refuses a replacement the user's permissions forbid, before anything is written: a read-only file (an editor
 * who made a file read-only meant it, so it is not replaced even though a move over it would succeed), and a
 * folder Factdesk cannot write in (the export is written beside its file first, so the folder is the problem,
 * not the file). Judged by the permission bits as the user set them as well as by the system's answer, so that
 * root, whom the system lets write anything, is held to the same rule. Stateless; blocking.
 */
final class WritePermission {

    private WritePermission() {
    }

    /**
     * @param target the real file to be replaced or created (links already followed)
     * @param exists whether it is there, to be replaced
     * @throws RefusedTargetException if the file is read-only or its folder cannot be written in
     */
    static void checkReplaceable(Path target, boolean exists) throws RefusedTargetException {
        if (exists && isReadOnly(target)) {
            throw new RefusedTargetException(target, "it is read-only, so Factdesk leaves it as it is; make it "
                    + "writable or choose another file");
        }
        Path folder = target.getParent();
        // A missing folder is reported as such by the write itself.
        if (folder != null && Files.isDirectory(folder) && isReadOnly(folder)) {
            throw folderRefusal(target);
        }
    }

    /** The refusal for a folder Factdesk cannot write in: named, since the file itself may well be writable. */
    static RefusedTargetException folderRefusal(Path target) {
        return new RefusedTargetException(target, "cannot write in the folder " + target.getParent()
                + ": permission denied (an export is written beside its file, then moved into its place)");
    }

    private static boolean isReadOnly(Path path) {
        if (!Files.isWritable(path)) {
            return true;
        }
        try {
            return !Files.getPosixFilePermissions(path).contains(PosixFilePermission.OWNER_WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            // No POSIX bits to read (or the path went away): the system's answer above is all there is.
            return false;
        }
    }
}
