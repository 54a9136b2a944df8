package org.factdesk.logic.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the page in a browser's "Web page, complete" save: the {@code .html} file beside its {@code _files}
 * folder (images, styles and scripts, which hold no article text). Given that folder, the page beside it; given
 * a folder holding one such pair, its page. Blocking file I/O; any background thread.
 */
final class SavedPageFolder {

    private static final String FILES_SUFFIX = "_files";

    private SavedPageFolder() {
    }

    /** The page file a folder stands for. */
    static Path page(Path folder) throws IOException, SourceImportException {
        String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        if (name.endsWith(FILES_SUFFIX) && folder.getParent() != null) {
            String stem = name.substring(0, name.length() - FILES_SUFFIX.length());
            for (String extension : List.of(".html", ".htm", ".xhtml")) {
                Path page = folder.resolveSibling(stem + extension);
                if (Files.isRegularFile(page)) {
                    return page;
                }
            }
        }
        List<Path> pages;
        try (Stream<Path> entries = Files.list(folder)) {
            pages = entries.filter(SavedPageFolder::isSavedPage).sorted().collect(Collectors.toList());
        }
        if (pages.size() == 1) {
            return pages.get(0);
        }
        throw new SourceImportException(name + " is a folder " + (pages.isEmpty()
                ? "without a saved web page (a .html file beside its _files folder): choose the files to add."
                : "with " + pages.size() + " saved web pages: choose the pages to add."));
    }

    /** A page file whose {@code _files} folder is beside it. */
    private static boolean isSavedPage(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return Files.isRegularFile(file) && dot > 0 && (lower.endsWith(".html") || lower.endsWith(".htm"))
                && Files.isDirectory(file.resolveSibling(name.substring(0, dot) + FILES_SUFFIX));
    }
}
