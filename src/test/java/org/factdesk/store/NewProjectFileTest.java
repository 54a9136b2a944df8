package org.factdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectFileException;
import org.factdesk.model.ProjectFileException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A new project file appears complete or not at all, and only where the user named a file. */
class NewProjectFileTest {

    @TempDir
    Path folder;

    private final H2ProjectFiles files = new H2ProjectFiles();

    @Test
    void creationLeavesOnlyTheProjectFile() throws Exception {
        files.openOrCreate(folder.resolve("harbour")).close();

        assertEquals(List.of("harbour.mv.db"), names());
    }

    @Test
    void aWorkFileLeftByAKilledCreationIsReplacedByTheNextAttempt() throws Exception {
        Path file = folder.resolve("fresh.mv.db");
        Path leftover = SiblingFiles.workFile(file, NewProjectFile.WORK_PURPOSE);
        assertEquals(folder.resolve(".fresh.creating.mv.db"), leftover);
        Files.writeString(leftover, "half a schema, cut short by a kill");

        try (Project project = files.openOrCreate(file)) {
            assertTrue(project.stories().stories().isEmpty());
        }
        assertEquals(List.of("fresh.mv.db"), names());
    }

    @Test
    void publishingNeverReplacesAFileThatAppearedMeanwhile() throws Exception {
        Path ready = folder.resolve(".late.creating.mv.db");
        Path target = folder.resolve("late.mv.db");
        Files.writeString(ready, "the new project");
        Files.writeString(target, "what another program wrote first");

        assertThrows(FileAlreadyExistsException.class, () -> SiblingFiles.publishNew(ready, target));

        assertEquals("what another program wrote first", Files.readString(target));
    }

    @Test
    void publishingGivesTheFinishedFileTheTargetName() throws Exception {
        Path ready = folder.resolve(".done.creating.mv.db");
        Path target = folder.resolve("done.mv.db");
        Files.writeString(ready, "the new project");

        SiblingFiles.publishNew(ready, target);

        assertEquals("the new project", Files.readString(target));
        assertFalse(Files.exists(ready));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", ".", "..", "/"})
    void aPathNamingNothingOrAFolderIsRefusedForCreate(String path) {
        ProjectFileException error = assertThrows(ProjectFileException.class, () -> files.openOrCreate(Path.of(path)));

        assertEquals(Problem.NOT_A_PROJECT, error.problem());
        assertTrue(error.getMessage().contains("is a folder, not a project file")
                || error.getMessage().startsWith("No project file was named"), error.getMessage());
        assertFalse(error.getMessage().contains("\n"));
    }

    @Test
    void anExistingFolderIsRefusedForCreateAndOpenWithoutWritingBesideIt() throws Exception {
        Path inner = Files.createDirectory(folder.resolve("drafts"));

        ProjectFileException create = assertThrows(ProjectFileException.class, () -> files.openOrCreate(inner));
        ProjectFileException open = assertThrows(ProjectFileException.class, () -> files.open(inner));

        String expected = inner + " is a folder, not a project file. Name a file in it, such as "
                + inner.resolve("news.mv.db") + ".";
        assertEquals(expected, create.getMessage());
        assertEquals(expected, open.getMessage());
        assertEquals(List.of("drafts"), names(), "nothing was written beside the folder");
    }

    @Test
    void aFolderWithTheProjectSuffixIsNamedAsAFolder() throws Exception {
        Path odd = Files.createDirectory(folder.resolve("odd.mv.db"));

        ProjectFileException error = assertThrows(ProjectFileException.class, () -> files.open(odd));

        assertTrue(error.getMessage().startsWith(odd + " is a folder, not a project file."), error.getMessage());
    }

    private List<String> names() throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.map(path -> path.getFileName().toString()).filter(name -> !name.endsWith(".trace.db"))
                    .sorted().toList();
        }
    }
}
