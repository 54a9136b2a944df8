package org.factdesk.logic.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns what the editor chose or dropped (files and folders) into the files a batch import reads, in order. A
 * file chosen by name is always read, so that a file of another kind gets its own message. A browser's "Web page,
 * complete" save (a folder holding one page beside its {@code _files} folder, or that {@code _files} folder
 * itself) stands for its page. Any other folder is searched by {@link FolderSearch}, sub-folders too, in name
 * order. Blocking file I/O: call it on a background thread.
 *
 * @param files the files to read, each once, folders in name order
 * @param notes what was left out and why, one sentence each, for the batch's report
 */
public record BatchFiles(List<Path> files, List<String> notes) {

    /** More files than this in one batch is a mistake (a home folder dropped): they are left out, with a note. */
    public static final int MOST_FILES = 1000;

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
        FolderSearch search = new FolderSearch(MOST_FILES - files.size());
        try {
            // The folder chosen may be a link; the links inside it are not followed.
            search.search(folder.toRealPath());
        } catch (IOException e) {
            notes.add(name(folder) + " could not be searched: " + e.getMessage());
            return;
        }
        search.found().stream().sorted().forEach(files::add);
        search.firstLeftOut().ifPresent(first -> notes.add(name(folder) + " holds more articles than one batch "
                + "reads (" + MOST_FILES + "); the rest, in name order from " + first.getFileName()
                + " on, were left out: add them in another batch."));
        if (search.otherKinds() > 0) {
            notes.add(name(folder) + ": " + count(search.otherKinds()) + " of other kinds (not text, Markdown, HTML, "
                    + "e-mail, PDF or Word) were left out.");
        }
        int tooDeep = search.tooDeep();
        if (tooDeep > 0) {
            notes.add(name(folder) + ": " + (tooDeep == 1 ? "1 folder" : tooDeep + " folders") + " more than "
                    + FolderSearch.DEEPEST + " levels down " + (tooDeep == 1 ? "was" : "were") + " not searched.");
        }
        if (search.unreadable() > 0) {
            notes.add(name(folder) + ": " + count(search.unreadable()) + (search.unreadable() == 1
                    ? " could not be opened and was left out." : " could not be opened and were left out."));
        }
    }

    private static String count(int files) {
        return files == 1 ? "1 file" : files + " files";
    }

    private static String name(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
