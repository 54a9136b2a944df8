package org.factdesk.logic.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a chosen or dropped folder stands for in a batch import. */
class BatchFilesTest {

    @TempDir
    Path folder;

    private Path write(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "The ferry timetable changes on Monday.");
    }

    @Test
    void aFolderGivesItsArticlesInNameOrderAndCountsTheFilesOfOtherKinds() throws Exception {
        Path drop = folder.resolve("harbour");
        Path b = write(drop.resolve("b-notice.txt"));
        Path a = write(drop.resolve("a-report.pdf"));
        Path deeper = write(drop.resolve("more/c-page.html"));
        write(drop.resolve("photo.jpg"));
        write(drop.resolve("more/map.png"));

        BatchFiles batch = BatchFiles.expand(List.of(drop));

        assertEquals(List.of(a, b, deeper), batch.files());
        assertEquals(List.of("harbour: 2 files of other kinds (not text, Markdown, HTML, e-mail, PDF or Word) "
                + "were left out."), batch.notes());
    }

    @Test
    void aSavedPagesFilesFolderAndHiddenFilesAreLeftOutOfAFolderSearch() throws Exception {
        Path drop = folder.resolve("clippings");
        Path page = write(drop.resolve("Quay repairs.html"));
        write(drop.resolve("Quay repairs_files/related.html"));
        write(drop.resolve(".hidden/draft.txt"));
        write(drop.resolve(".notes.txt"));
        Path other = write(drop.resolve("Ferry.md"));

        assertEquals(List.of(other, page), BatchFiles.expand(List.of(drop)).files());
    }

    @Test
    void aFolderNamedLikeAPagesFilesFolderWithoutItsPageIsSearched() throws Exception {
        Path drop = folder.resolve("press_files");
        Path release = write(drop.resolve("release.txt"));

        assertEquals(List.of(release), BatchFiles.expand(List.of(drop)).files());
    }

    @Test
    void aSavedPageFolderStandsForItsPage() throws Exception {
        Path save = folder.resolve("saved");
        write(save.resolve("Quay repairs.html"));
        write(save.resolve("Quay repairs_files/site.css"));

        assertEquals(List.of(save), BatchFiles.expand(List.of(save)).files());
        assertEquals(List.of(save.resolve("Quay repairs_files")),
                BatchFiles.expand(List.of(save.resolve("Quay repairs_files"))).files());
    }

    @Test
    void aChosenFileOfAnotherKindIsStillReadSoThatItGetsItsOwnMessage() throws Exception {
        Path photo = write(folder.resolve("photo.jpg"));

        BatchFiles batch = BatchFiles.expand(List.of(photo, photo));

        assertEquals(List.of(photo), batch.files());
        assertTrue(batch.notes().isEmpty());
    }

    @Test
    void aBatchStopsAtItsLimitAndSaysSo() throws Exception {
        Path drop = folder.resolve("everything");
        for (int i = 0; i < BatchFiles.MOST_FILES + 5; i++) {
            Files.createDirectories(drop);
            Files.writeString(drop.resolve(String.format("n%05d.txt", i)), "x");
        }
        Path extra = write(folder.resolve("extra.txt"));

        BatchFiles batch = BatchFiles.expand(List.of(drop, extra));

        assertEquals(BatchFiles.MOST_FILES, batch.files().size());
        assertEquals(List.of("everything holds more articles than one batch reads (1000); the rest, in name order "
                + "from n01000.txt on, were left out: add them in another batch.",
                "extra.txt was left out: a batch reads at most 1000 files."), batch.notes());
    }

    @Test
    void aFolderOverTheLimitGivesItsFirstArticlesByNameWhateverOrderTheFileSystemKeeps() throws Exception {
        Path drop = folder.resolve("archive");
        Files.createDirectories(drop.resolve("b-later"));
        // Written in a shuffled order over two folders, so that neither creation nor directory order is name order.
        List<Integer> order = new java.util.ArrayList<>();
        for (int i = 0; i < BatchFiles.MOST_FILES + 200; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new java.util.Random(8));
        for (int i : order) {
            Path folderOfIt = i % 2 == 0 ? drop : drop.resolve("b-later");
            Files.writeString(folderOfIt.resolve(String.format("a%05d.txt", i)), "x");
        }

        BatchFiles batch = BatchFiles.expand(List.of(drop));

        List<Path> expected = new java.util.ArrayList<>();
        for (int i = 0; i < BatchFiles.MOST_FILES + 200; i += 2) {
            expected.add(drop.resolve(String.format("a%05d.txt", i)));
        }
        for (int i = 1; expected.size() < BatchFiles.MOST_FILES; i += 2) {
            expected.add(drop.resolve("b-later").resolve(String.format("a%05d.txt", i)));
        }
        assertEquals(expected, batch.files());
        assertEquals("archive holds more articles than one batch reads (1000); the rest, in name order from "
                + "a00801.txt on, were left out: add them in another batch.", batch.notes().get(0));
    }

    @Test
    void aFolderThatLinksToItselfEnds() throws Exception {
        Path drop = folder.resolve("loop");
        Path notice = write(drop.resolve("notice.txt"));
        Files.createSymbolicLink(drop.resolve("again"), drop);

        assertEquals(List.of(notice), BatchFiles.expand(List.of(drop)).files());
    }

    @Test
    void aChosenFolderThatIsALinkIsSearchedAndFoldersTooDeepAreNamed() throws Exception {
        Path real = folder.resolve("real");
        write(real.resolve("notice.txt"));
        Path deep = real;
        for (int i = 0; i < 13; i++) {
            deep = deep.resolve("d" + i);
        }
        write(deep.resolve("buried.txt"));
        Path link = Files.createSymbolicLink(folder.resolve("link"), real);

        BatchFiles batch = BatchFiles.expand(List.of(link));

        assertEquals(List.of(real.toRealPath().resolve("notice.txt")), batch.files());
        assertEquals(List.of("link: 1 folder more than 12 levels down was not searched."), batch.notes());
    }
}
