package org.factdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.logic.export.ExportFormat;
import org.factdesk.logic.export.StoryExports;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectDamagedException;
import org.factdesk.model.ProjectFileException;
import org.factdesk.model.ProjectFileException.Problem;
import org.factdesk.model.Story;
import org.factdesk.store.DamagedProjectFixture;
import org.factdesk.store.H2ProjectFiles;
import org.factdesk.store.ProjectRecovery;
import org.factdesk.store.StoredBytes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One flipped bit at every 7th offset (or a multiple of 7, to keep it to about 60) of the live chunk of a small project, read as list, export and recover do:
 * each outcome must be a clean result or a damage report the user can act on, never a crash or an internal error,
 * and reading must not change the file. A bounded version of the reviewer's byte-flip sweep.
 */
class ByteFlipSweepTest {

    private static final Pattern CHUNK_WITH_PAGES =
            Pattern.compile("chunk:([0-9a-f]+),len:([0-9a-f]+),pages:([0-9a-f]+)");
    private static final int STEP = 7;
    /** Enough offsets to cross every kind of page in the chunk, few enough for a few seconds. */
    private static final int OFFSETS = 60;

    @TempDir
    Path folder;

    @Test
    void everyFlippedBitInTheLiveChunkEndsCleanOrAsDamageNeverInAnUnexpectedException() throws Exception {
        Path original = DamagedProjectFixture.createIn(Files.createDirectory(folder.resolve("original"))).file();
        byte[] sound = Files.readAllBytes(original);
        int[] chunk = liveChunk(sound);
        int outcomes = 0;
        int damaged = 0;
        int step = STEP * Math.max(1, (chunk[1] - chunk[0]) / (STEP * OFFSETS));
        for (int offset = chunk[0]; offset < chunk[1]; offset += step) {
            byte[] flipped = sound.clone();
            flipped[offset] ^= 0x04;
            Path file = Files.createDirectory(folder.resolve("at" + offset)).resolve("flipped.mv.db");
            Files.write(file, flipped);
            String before = StoredBytes.sha256(file);

            String first = outcome(file, offset);
            damaged += first.isEmpty() ? 0 : 1;
            if (!first.isEmpty()) {
                assertEquals(first, outcome(file, offset), "a second try in the same process at offset " + offset
                        + " meets the same damage, not a lock left by the first");
            }
            assertEquals(before, StoredBytes.sha256(file), "reading changed the file at offset " + offset);
            if (!first.isEmpty()) {
                recover(file, offset);
            }
            outcomes++;
        }
        assertTrue(outcomes >= OFFSETS / 2, "the sweep covered the chunk: " + outcomes);
        assertTrue(damaged > 0, "some flips are noticed");
    }

    /** Lists and exports every story; empty when all went through, else the damage message. */
    private static String outcome(Path file, int offset) {
        try (Project project = new H2ProjectFiles().openForReading(file)) {
            project.library().sources();
            for (Story story : project.stories().stories()) {
                project.stories().loadStory(story.id());
                new StoryExports().export(project, story.id(), ExportFormat.JSON);
                new StoryExports().export(project, story.id(), ExportFormat.TEXT);
            }
            return "";
        } catch (ProjectDamagedException | ProjectFileException expected) {
            return expected.getMessage();
        } catch (RuntimeException | Error unexpected) {
            throw new AssertionError("offset " + offset + " ended in " + unexpected, unexpected);
        }
    }

    private void recover(Path file, int offset) throws Exception {
        Path target = file.resolveSibling("recovered.mv.db");
        try (Project project = new H2ProjectFiles().openOrCreate(target)) {
            ProjectRecovery.copySound(file, project);
        } catch (ProjectFileException tooDamaged) {
            assertTrue(tooDamaged.problem() == Problem.DAMAGED || tooDamaged.problem() == Problem.NOT_A_PROJECT,
                    "offset " + offset + ": " + tooDamaged.getMessage());
        } catch (RuntimeException | Error unexpected) {
            fail("recover crashed at offset " + offset + ": " + unexpected, unexpected);
        }
    }

    /**
     * The byte range of the newest chunk that holds more than one page: where the live rows are. The chunk the
     * file header names is not always it: H2 writes the header less often than chunks, and after the close-time
     * compaction it can name a one-page chunk of bookkeeping alone (it did once format 4 added tables), where no
     * flip reaches a row; older chunks may still lie in the file, no longer read.
     */
    private static int[] liveChunk(byte[] file) {
        String text = new String(file, StandardCharsets.ISO_8859_1);
        Matcher chunk = CHUNK_WITH_PAGES.matcher(text);
        int[] newest = null;
        long newestId = -1;
        while (chunk.find()) {
            long id = Long.parseLong(chunk.group(1), 16);
            if (Integer.parseInt(chunk.group(3), 16) > 1 && id > newestId) {
                newestId = id;
                newest = new int[] {chunk.start(), chunk.start() + Integer.parseInt(chunk.group(2), 16) * 4096};
            }
        }
        assertTrue(newest != null, "the file has a chunk of rows");
        return newest;
    }
}
