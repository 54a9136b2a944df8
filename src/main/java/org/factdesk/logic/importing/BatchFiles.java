package org.factdesk.logic.importing;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns what the editor chose or dropped (files and folders) into the files a batch import reads, in order. A
 * file chosen by name is always read, so that a file of another kind gets its own message. A browser's "Web page,
 * complete" save (a folder holding one page beside its {@code _files} folder, or that {@code _files} folder
 * itself) stands for its page. Any other folder is searched, sub-folders too, for the kinds of file
 * {@link SourceFileReader} reads; the pictures and scripts in a saved page's {@code _files} folder, hidden files
 * and files of other kinds are left out and counted. Links are not followed, so a folder that links to itself
 * ends. Blocking file I/O: call it on a background thread.
 *
 * @param files the files to read, each once, folders in name order
 * @param notes what was left out and why, one sentence each, for the batch's report
 */
public record BatchFiles(List<Path> files, List<String> notes) {

    /** More files than this in one batch is a mistake (a home folder dropped): they are left out, with a note. */
    public static final int MOST_FILES = 1000;

    private static final int DEEPEST = 12;
    private static final String PAGE_FILES = "_files";

    public BatchFiles {
        files = List.copyOf(files);
        notes = List.copyOf(notes);
    }

    /** The files {@code chosen} stands for. A folder that cannot be read gets a note; the rest still come. */
    public static BatchFiles expand(List<Path> chosen) {
        Set<Path> files = new LinkedHashSet<>();
        List<String> notes = new ArrayList<>();
        for (Path path : chosen) {
            if (files.size() >= MOST_FILES) {
                notes.add(name(path) + " was left out: a batch reads at most " + MOST_FILES + " files.");
            } else if (!Files.isDirectory(path)) {
                files.add(path);
            } else if (isSavedPage(path)) {
                files.add(path); // the reader finds the page in it
            } else {
                searchFolder(path, files, notes);
            }
        }
        return new BatchFiles(new ArrayList<>(files), notes);
    }

    /** A saved page's {@code _files} folder, or a folder holding exactly one page beside its {@code _files}. */
    private static boolean isSavedPage(Path folder) {
        try {
            SavedPageFolder.page(folder);
            return name(folder).endsWith(PAGE_FILES) || countFiles(folder) <= 2;
        } catch (IOException | SourceImportException e) {
            return false;
        }
    }

    /** Entries directly in the folder: a saved page's folder holds the page, its {@code _files} and little else. */
    private static long countFiles(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            return entries.filter(entry -> !name(entry).startsWith(".")).count();
        }
    }

    private static void searchFolder(Path folder, Set<Path> files, List<String> notes) {
        List<Path> found = new ArrayList<>();
        int room = MOST_FILES - files.size();
        int[] otherKinds = {0};
        int[] tooDeep = {0};
        int[] unreadable = {0};
        boolean[] tooMany = {false};
        try {
            // The folder chosen may be a link; the links inside it are not followed.
            Path root = folder.toRealPath();
            Files.walkFileTree(root, Set.of(), DEEPEST, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    boolean pageFiles = name(dir).endsWith(PAGE_FILES) && hasPageBeside(dir);
                    return !dir.equals(root) && (name(dir).startsWith(".") || pageFiles)
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isDirectory()) {
                        tooDeep[0]++; // a folder at the depth limit is visited as an entry, not searched
                        return FileVisitResult.CONTINUE;
                    }
                    if (name(file).startsWith(".") || !attributes.isRegularFile()) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (!SourceFileReader.readsKindOf(name(file))) {
                        otherKinds[0]++;
                        return FileVisitResult.CONTINUE;
                    }
                    if (found.size() >= room) {
                        tooMany[0] = true;
                        return FileVisitResult.TERMINATE;
                    }
                    found.add(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException problem) {
                    unreadable[0]++;
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            notes.add(name(folder) + " could not be searched: " + e.getMessage());
            return;
        }
        found.stream().sorted().forEach(files::add);
        if (tooMany[0]) {
            notes.add(name(folder) + " holds more articles than one batch reads (" + MOST_FILES
                    + "); the rest were left out: add them in another batch.");
        }
        if (otherKinds[0] > 0) {
            notes.add(name(folder) + ": " + count(otherKinds[0]) + " of other kinds (not text, Markdown, HTML, "
                    + "e-mail, PDF or Word) were left out.");
        }
        if (tooDeep[0] > 0) {
            notes.add(name(folder) + ": " + (tooDeep[0] == 1 ? "1 folder" : tooDeep[0] + " folders") + " more than "
                    + DEEPEST + " levels down " + (tooDeep[0] == 1 ? "was" : "were") + " not searched.");
        }
        if (unreadable[0] > 0) {
            notes.add(name(folder) + ": " + count(unreadable[0]) + " could not be opened and were left out.");
        }
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

    private static String count(int files) {
        return files == 1 ? "1 file" : files + " files";
    }

    private static String name(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
