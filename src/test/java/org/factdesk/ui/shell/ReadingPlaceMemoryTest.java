package org.factdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.factdesk.ui.common.TaskRunner;
import org.factdesk.model.Source;
import org.factdesk.ui.DemoSession;
import org.factdesk.ui.common.EditorSession;
import org.factdesk.ui.source.ReadingPlace;
import org.factdesk.ui.source.SourcePaneModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the editor was reading, per project, across projects and restarts; direct executors, no toolkit. */
class ReadingPlaceMemoryTest {

    @TempDir
    Path folder;

    private final Preferences preferences = Preferences.userRoot().node("factdesk-test-" + UUID.randomUUID());
    private final WorkstationSettings settings = new WorkstationSettings(preferences);
    private EditorSession session;
    private SourcePaneModel sources;
    private Path harbour;
    private Path ferry;

    @BeforeEach
    void twoProjects() throws Exception {
        harbour = DemoSession.writeDemo(Files.createDirectory(folder.resolve("harbour")));
        ferry = DemoSession.writeDemo(Files.createDirectory(folder.resolve("ferry")));
        start();
    }

    @AfterEach
    void close() throws Exception {
        session.closeCurrent();
        preferences.removeNode();
    }

    /** A fresh session and source pane on the same settings, as the next start of the app has. */
    private void start() {
        session = DemoSession.create(Runnable::run, TaskRunner.onCallerThread());
        sources = new SourcePaneModel(session);
        new ReadingPlaceMemory(session, sources, settings);
    }

    private void restart() {
        session.closeCurrent();
        start();
    }

    private Source source(String outlet) {
        return session.library().list().stream().filter(source -> source.outlet().equals(outlet)).findFirst().orElseThrow();
    }

    @Test
    void theNextStartReopensAProjectAtTheSourceAndParagraphLastRead() {
        session.open(harbour, false, 0).join();
        sources.select(source("The Market Voice"));
        sources.topParagraphShown(2);
        long voice = source("The Market Voice").id();

        restart();
        session.open(harbour, false, 0).join();

        assertEquals(voice, session.selection().selectedSourceProperty().get().id());
        assertEquals(Optional.of(new ReadingPlace(voice, 2)), settings.readingPlace(harbour),
                "opening the project did not record its first source over the remembered place");
    }

    @Test
    void eachProjectKeepsItsOwnPlace() {
        session.open(harbour, false, 0).join();
        sources.select(source("The Market Voice"));
        long voice = source("The Market Voice").id();
        session.open(ferry, false, 0).join();
        sources.select(source("Regional Ledger"));
        long ledger = source("Regional Ledger").id();

        session.open(harbour, false, 0).join();

        assertEquals(voice, session.selection().selectedSourceProperty().get().id());
        assertEquals(Optional.of(new ReadingPlace(ledger, 0)), settings.readingPlace(ferry));
    }

    @Test
    void thePlaceReadSurvivesAKilledWorkstationOnceTheWriteBehindDelayHasPassed() {
        Map<String, String> disk = DiskPreferences.newDisk();
        ManualScheduler scheduler = new ManualScheduler();
        session.closeCurrent();
        session = DemoSession.create(Runnable::run, TaskRunner.onCallerThread());
        sources = new SourcePaneModel(session);
        new ReadingPlaceMemory(session, sources, WorkstationSettings.writingBehind(new DiskPreferences(disk),
                scheduler));
        session.open(harbour, false, 0).join();
        sources.select(source("The Market Voice"));
        for (int paragraph = 1; paragraph <= 3; paragraph++) {
            sources.topParagraphShown(paragraph);
        }
        long voice = source("The Market Voice").id();
        scheduler.elapse();

        // A kill -9 now: the settings are neither flushed nor closed, so the next start has only what is on the
        // disk. (The project is closed only so that this test leaves no file open; that writes no setting.)
        session.closeCurrent();
        session = DemoSession.create(Runnable::run, TaskRunner.onCallerThread());
        sources = new SourcePaneModel(session);
        WorkstationSettings next = new WorkstationSettings(new DiskPreferences(disk));
        new ReadingPlaceMemory(session, sources, next);
        session.open(harbour, false, 0).join();

        assertEquals(voice, session.selection().selectedSourceProperty().get().id());
        assertEquals(Optional.of(new ReadingPlace(voice, 3)), next.readingPlace(harbour));
    }

    @Test
    void aRememberedSourceThatIsGoneFallsBackToTheFirstQuietly() {
        settings.rememberReadingPlace(harbour, new ReadingPlace(9_999, 7));

        session.open(harbour, false, 0).join();

        assertEquals(session.library().list().get(0), session.selection().selectedSourceProperty().get());
    }

    @Test
    void aStoredPlaceThatCannotBeReadIsNoPlace() {
        preferences.put("reading." + Integer.toHexString(harbour.toAbsolutePath().normalize().toString().hashCode()),
                "twelve,-1");

        assertEquals(Optional.empty(), settings.readingPlace(harbour));
        session.open(harbour, false, 0).join();
        assertEquals(session.library().list().get(0), session.selection().selectedSourceProperty().get());
    }
}
