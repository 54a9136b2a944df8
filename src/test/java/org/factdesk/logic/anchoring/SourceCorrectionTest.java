package org.factdesk.logic.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.factdesk.logic.text.TextRules;
import org.factdesk.model.Anchoring;
import org.factdesk.model.Excerpt;
import org.factdesk.model.ExcerptDraft;
import org.factdesk.model.Project;
import org.factdesk.model.SourceDraft;
import org.factdesk.model.TextCorrection;
import org.factdesk.store.H2ProjectFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceCorrectionTest {

    private static final String TEXT = "Menu. Login.\nThe Kell river rose two metres overnight. Roads were shut.";

    @TempDir
    Path folder;

    private Project project;
    private long sourceId;
    private Excerpt rose;

    @BeforeEach
    void openProject() throws Exception {
        project = new H2ProjectFiles().openOrCreate(folder.resolve("desk.mv.db"));
        sourceId = project.library().addSource(new SourceDraft("Kell Courier", "", "", "", null, "", TEXT, "paste"))
                .id();
        int start = TEXT.indexOf("The Kell river");
        rose = project.library().addExcerpt(ExcerptDraft.of(sourceId, TEXT, start,
                start + "The Kell river rose two metres overnight.".length()));
    }

    @AfterEach
    void closeProject() {
        project.close();
    }

    @Test
    void aNewTextWithWindowsLineEndsIsStoredWithLineFeedsAndItsPassagesFoundInIt() throws Exception {
        TextCorrection correction = new SourceCorrection(project).correct(sourceId,
                "The Kell river rose two metres overnight.\r\nRoads were shut.\rBridges too.");

        assertEquals("The Kell river rose two metres overnight.\nRoads were shut.\nBridges too.",
                project.library().sourceText(sourceId));
        assertEquals(List.of(Anchoring.MOVED), correction.excerpts().stream().map(Excerpt::anchoring).toList());
        assertEquals(0, correction.excerpts().get(0).start());
        assertEquals(rose.quote(), correction.excerpts().get(0).quote());
    }

    @Test
    void anEmptyTextIsRefusedAndNothingChanges() {
        CorrectionRefusedException refusal = assertThrows(CorrectionRefusedException.class,
                () -> new SourceCorrection(project).correct(sourceId, " \n "));

        assertTrue(refusal.getMessage().contains("empty"), refusal.getMessage());
        assertEquals(TEXT, project.library().sourceText(sourceId));
    }

    @Test
    void aControlCharacterIsRefusedWithItsPlace() {
        CorrectionRefusedException refusal = assertThrows(CorrectionRefusedException.class,
                () -> new SourceCorrection(project).correct(sourceId, "River\u001Brose."));

        assertTrue(refusal.getMessage().contains("at character 6"), refusal.getMessage());
        assertTrue(project.library().textVersions(sourceId).isEmpty());
    }

    @Test
    void aTextLongerThanASourceMayBeIsRefused() {
        String huge = "a".repeat(TextRules.MAX_SOURCE_CHARS + 1);

        CorrectionRefusedException refusal = assertThrows(CorrectionRefusedException.class,
                () -> new SourceCorrection(project).correct(sourceId, huge));

        assertTrue(refusal.getMessage().contains("longer than 20 MB"), refusal.getMessage());
    }
}
