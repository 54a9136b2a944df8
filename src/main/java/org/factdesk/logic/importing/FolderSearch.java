package org.factdesk.logic.importing;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Searches one folder and its sub-folders for the articles {@link SourceFileReader} reads, each folder's entries
 * in name order, so that a folder holding more than a batch takes gets its first articles by name and the rest
 * can be added in a batch of their own (the file system's own order is no order at all). Hidden entries and a
 * saved page's {@code _files} folder are skipped; links are not followed; files of other kinds, folders too deep
 * and folders that cannot be opened are counted for the batch's notes. One use per folder, on one background
 * thread (blocking file I/O).
 */
final class FolderSearch {

    /** Entries this many levels below the folder are still visited; a folder there is counted, not searched. */
    static final int DEEPEST = 12;

    private static final String PAGE_FILES = "_files";

    private final int room;
    private final List<Path> found = new ArrayList<>();
    private int otherKinds;
    private int tooDeep;
    private int unreadable;
    private Path firstLeftOut;

    /** @param room how many articles the batch still takes */
    FolderSearch(int room) {
        this.room = room;
    }

    /**
     * Searches {@code root} (already resolved, so a chosen link is followed once).
     *
     * @throws IOException if {@code root} itself cannot be listed
     */
    void search(Path root) throws IOException {
        visitFolder(root, 0, true);
    }

    /** The articles found, in the order they were met. */
    List<Path> found() {
        return found;
    }

    /** The first article in name order that did not fit in the batch; empty when all fitted. */
    Optional<Path> firstLeftOut() {
        return Optional.ofNullable(firstLeftOut);
    }

    int otherKinds() {
        return otherKinds;
    }

    int tooDeep() {
        return tooDeep;
    }

    int unreadable() {
        return unreadable;
    }

    /** False once the batch is full: nothing more needs to be read. */
    private boolean visitFolder(Path folder, int depth, boolean root) throws IOException {
        List<Path> entries;
        try {
            entries = sortedEntries(folder);
        } catch (IOException e) {
            if (root) {
                throw e;
            }
            unreadable++;
            return true;
        }
        for (Path entry : entries) {
            if (!visit(entry, depth + 1)) {
                return false;
            }
        }
        return true;
    }

    private boolean visit(Path entry, int depth) throws IOException {
        String name = name(entry);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            unreadable++;
            return true;
        }
        if (name.startsWith(".")) {
            return true;
        }
        if (attributes.isDirectory()) {
            if (name.endsWith(PAGE_FILES) && hasPageBeside(entry)) {
                return true;
            }
            if (depth >= DEEPEST) {
                tooDeep++;
                return true;
            }
            return visitFolder(entry, depth, false);
        }
        if (!attributes.isRegularFile()) {
            return true; // a link, a device or a pipe
        }
        if (!SourceFileReader.readsKindOf(name)) {
            otherKinds++;
            return true;
        }
        if (found.size() >= room) {
            firstLeftOut = entry;
            return false;
        }
        found.add(entry);
        return true;
    }

    private static List<Path> sortedEntries(Path folder) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        }
        entries.sort(null);
        return entries;
    }

    /** The page a {@code _files} folder belongs to is beside it; without one, the folder is an ordinary folder. */
    private static boolean hasPageBeside(Path dir) {
        String stem = name(dir).substring(0, name(dir).length() - PAGE_FILES.length());
        for (String extension : List.of(".html", ".htm", ".xhtml")) {
            if (Files.isRegularFile(dir.resolveSibling(stem + extension), LinkOption.NOFOLLOW_LINKS)) {
                return true;
            }
        }
        return false;
    }

    private static String name(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
