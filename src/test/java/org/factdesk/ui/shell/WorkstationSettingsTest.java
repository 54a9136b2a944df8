package org.factdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.factdesk.ui.source.ReadingPlace;
import org.junit.jupiter.api.Test;

/** Remembered settings reach the disk soon after they change, without a close; no toolkit, no sleeping. */
class WorkstationSettingsTest {

    private static final Path PROJECT = Path.of("/desk/Harbour inquiry.mv.db");

    private final Map<String, String> disk = DiskPreferences.newDisk();
    private final DiskPreferences node = new DiskPreferences(disk);
    private final ManualScheduler scheduler = new ManualScheduler();
    private final WorkstationSettings settings = WorkstationSettings.writingBehind(node, scheduler);

    /** What the next start finds after a kill -9 now: only what reached the disk. */
    private WorkstationSettings afterAKill() {
        return new WorkstationSettings(new DiskPreferences(disk));
    }

    @Test
    void aReadingPlaceReachesTheDiskWithinTheDelayWithoutAClose() {
        settings.rememberReadingPlace(PROJECT, new ReadingPlace(12, 40));

        assertEquals(Optional.empty(), afterAKill().readingPlace(PROJECT), "not yet written");
        assertEquals(List.of(Duration.ofSeconds(2)), scheduler.delays());

        scheduler.elapse();

        assertEquals(Optional.of(new ReadingPlace(12, 40)), afterAKill().readingPlace(PROJECT));
    }

    @Test
    void aLongScrollIsWrittenOnceWithTheLastPlace() {
        for (int paragraph = 0; paragraph < 200; paragraph++) {
            settings.rememberReadingPlace(PROJECT, new ReadingPlace(12, paragraph));
        }

        assertEquals(1, scheduler.waiting(), "one flush for the whole scroll");
        scheduler.elapse();
        assertEquals(1, node.flushes());
        assertEquals(Optional.of(new ReadingPlace(12, 199)), afterAKill().readingPlace(PROJECT));
    }

    @Test
    void aChangeAfterAFlushIsWrittenByTheNextOne() {
        settings.rememberReadingPlace(PROJECT, new ReadingPlace(12, 3));
        scheduler.elapse();
        settings.rememberReadingPlace(PROJECT, new ReadingPlace(15, 0));
        settings.rememberDarkTheme(true);

        assertEquals(1, scheduler.waiting());
        scheduler.elapse();

        assertEquals(2, node.flushes());
        WorkstationSettings next = afterAKill();
        assertEquals(Optional.of(new ReadingPlace(15, 0)), next.readingPlace(PROJECT));
        assertTrue(next.darkTheme());
    }

    @Test
    void aChangeMadeWhileAFlushRunsIsNotLeftInMemory() {
        AtomicReference<WorkstationSettings> writing = new AtomicReference<>();
        SettingsWriteBehind.Scheduler changingDuringTheFlush = (delay, task) -> scheduler.after(delay, () -> {
            task.run();
            writing.get().rememberStory(PROJECT, 7);
        });
        writing.set(WorkstationSettings.writingBehind(node, changingDuringTheFlush));

        writing.get().rememberProject(PROJECT);
        scheduler.elapse();
        scheduler.elapse();

        assertEquals(7, afterAKill().lastStory(PROJECT));
    }

    @Test
    void everyKindOfSettingIsWrittenBehind() {
        settings.rememberProject(PROJECT);
        settings.rememberStory(PROJECT, 4);
        settings.rememberDividers(0.25, 0.6);
        settings.rememberWindow(new WindowPlacement.Box(10, 20, 1200, 700), true);
        settings.rememberShowPreview(false);
        settings.rememberDarkTheme(true);
        scheduler.elapse();

        WorkstationSettings next = afterAKill();
        assertEquals(List.of(PROJECT), next.recentProjects());
        assertEquals(4, next.lastStory(PROJECT));
        assertEquals(0.6, next.dividers(0.5, 0.5)[1]);
        assertEquals(Optional.of(new WindowPlacement.Remembered(new WindowPlacement.Box(10, 20, 1200, 700), true)),
                next.window());
        assertEquals(false, next.showPreview());
        assertTrue(next.darkTheme());
    }

    @Test
    void settingWhatIsAlreadyStoredWritesNothing() {
        settings.rememberReadingPlace(PROJECT, new ReadingPlace(12, 3));
        scheduler.elapse();

        settings.rememberReadingPlace(PROJECT, new ReadingPlace(12, 3));
        settings.forgetProject(Path.of("/never/opened.mv.db"));

        assertEquals(0, scheduler.waiting());
        assertEquals(1, node.flushes());
    }

    @Test
    void settingsMadeForTestsAreWrittenOnlyWhenFlushed() {
        WorkstationSettings plain = new WorkstationSettings(node);
        plain.rememberDarkTheme(true);
        assertEquals(false, afterAKill().darkTheme());

        plain.flush();

        assertTrue(afterAKill().darkTheme());
    }

    @Test
    void theAppsSchedulerFlushesOnADaemonThreadOfItsOwn() throws Exception {
        CountDownLatch ran = new CountDownLatch(1);
        AtomicReference<Thread> thread = new AtomicReference<>();

        SettingsWriteBehind.onDaemonThread().after(Duration.ZERO, () -> {
            thread.set(Thread.currentThread());
            ran.countDown();
        });

        assertTrue(ran.await(10, TimeUnit.SECONDS));
        assertEquals("factdesk-settings", thread.get().getName());
        assertTrue(thread.get().isDaemon(), "a pending flush never keeps the app from exiting");
    }
}
