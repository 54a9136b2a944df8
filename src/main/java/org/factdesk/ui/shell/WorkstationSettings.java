package org.factdesk.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.factdesk.ui.source.ReadingPlace;

/**
 * What the workstation remembers between runs: recent projects, the last story of each and where the editor
 * was reading in it, pane sizes, window size and theme. Kept in the user's Java preferences, which cache in
 * memory, so reading and setting them on the JavaFX thread does not wait on the disk; the user's settings are
 * written behind ({@link SettingsWriteBehind}) within two seconds of a change, on a thread of their own, so that
 * they survive a killed process. Tests pass a throwaway node. Any thread.
 */
public final class WorkstationSettings {

    static final int RECENT_LIMIT = 8;

    private final Preferences node;
    private final Runnable changed;

    /** Settings kept in {@code node}, written to its disk only by {@link #flush()} (or Java's own timer). */
    public WorkstationSettings(Preferences node) {
        this(node, () -> { });
    }

    private WorkstationSettings(Preferences node, Runnable changed) {
        this.node = node;
        this.changed = changed;
    }

    /** The user's settings, each change written to the disk soon after it is made. */
    public static WorkstationSettings forUser() {
        return writingBehind(Preferences.userRoot().node("org/factdesk/workstation"),
                SettingsWriteBehind.onDaemonThread());
    }

    /** Settings kept in {@code node} and flushed through {@code scheduler} soon after each change. */
    static WorkstationSettings writingBehind(Preferences node, SettingsWriteBehind.Scheduler scheduler) {
        return new WorkstationSettings(node, new SettingsWriteBehind(() -> flush(node), scheduler)::changed);
    }

    /** Most recent first; files that no longer exist are kept (the user may plug the drive back in). */
    public List<Path> recentProjects() {
        String stored = node.get("recent", "");
        return stored.isEmpty() ? List.of() : Arrays.stream(stored.split("\n")).map(Path::of).toList();
    }

    public void rememberProject(Path file) {
        List<Path> recent = new ArrayList<>(recentProjects());
        recent.remove(file);
        recent.add(0, file);
        while (recent.size() > RECENT_LIMIT) {
            recent.remove(recent.size() - 1);
        }
        put("recent", String.join("\n", recent.stream().map(Path::toString).toList()));
    }

    public void forgetProject(Path file) {
        List<Path> recent = new ArrayList<>(recentProjects());
        if (recent.remove(file)) {
            put("recent", String.join("\n", recent.stream().map(Path::toString).toList()));
        }
    }

    /** The story last open in this project, or 0. */
    public long lastStory(Path file) {
        return node.getLong("story." + key(file), 0);
    }

    public void rememberStory(Path file, long storyId) {
        put("story." + key(file), Long.toString(storyId));
    }

    /** Where the editor was reading in this project; empty if nothing was remembered (or it cannot be read). */
    public Optional<ReadingPlace> readingPlace(Path file) {
        String stored = node.get("reading." + key(file), "");
        int comma = stored.indexOf(',');
        if (comma < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ReadingPlace(Long.parseLong(stored.substring(0, comma)),
                    Integer.parseInt(stored.substring(comma + 1))));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a hand-edited or foreign value: start at the first source
        }
    }

    public void rememberReadingPlace(Path file, ReadingPlace place) {
        put("reading." + key(file), place.sourceId() + "," + place.topParagraph());
    }

    public double[] dividers(double... defaults) {
        String stored = node.get("dividers", "");
        if (stored.isEmpty()) {
            return defaults;
        }
        try {
            double[] values = Arrays.stream(stored.split(",")).mapToDouble(Double::parseDouble).toArray();
            return values.length == defaults.length ? values : defaults;
        } catch (NumberFormatException e) {
            return defaults;
        }
    }

    public void rememberDividers(double... positions) {
        put("dividers", String.join(",", Arrays.stream(positions).mapToObj(Double::toString).toList()));
    }

    /** The window as it was last closed; empty on a first start (or after a version that kept only a size). */
    public Optional<WindowPlacement.Remembered> window() {
        double width = node.getDouble("window.width", 0);
        double height = node.getDouble("window.height", 0);
        if (node.get("window.x", null) == null || width <= 0 || height <= 0) {
            return Optional.empty();
        }
        WindowPlacement.Box bounds = new WindowPlacement.Box(node.getDouble("window.x", 0),
                node.getDouble("window.y", 0), width, height);
        return Optional.of(new WindowPlacement.Remembered(bounds, node.getBoolean("window.maximised", false)));
    }

    /** {@code bounds} are the window's when not maximised, so that un-maximising restores them. */
    public void rememberWindow(WindowPlacement.Box bounds, boolean maximised) {
        put("window.x", Double.toString(bounds.x()));
        put("window.y", Double.toString(bounds.y()));
        put("window.width", Double.toString(bounds.width()));
        put("window.height", Double.toString(bounds.height()));
        put("window.maximised", Boolean.toString(maximised));
    }

    public boolean showPreview() {
        return node.getBoolean("preview.shown", true);
    }

    public void rememberShowPreview(boolean shown) {
        put("preview.shown", Boolean.toString(shown));
    }

    public boolean darkTheme() {
        return node.getBoolean("theme.dark", false);
    }

    public void rememberDarkTheme(boolean dark) {
        put("theme.dark", Boolean.toString(dark));
    }

    /** Writes pending changes now; called on the way out, off the JavaFX thread's critical path. */
    public void flush() {
        flush(node);
    }

    private static void flush(Preferences node) {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Settings are a convenience; losing them must not stop the app from closing.
        }
    }

    /**
     * Stores a value as its string, as Preferences' typed setters do, and has it written behind only when it
     * differs from the stored one: a scroll that stays on one paragraph writes nothing.
     */
    private void put(String key, String value) {
        if (!value.equals(node.get(key, null))) {
            node.put(key, value);
            changed.run();
        }
    }

    // Preference keys are limited to 80 characters; a path can be longer.
    private static String key(Path file) {
        return Integer.toHexString(file.toAbsolutePath().normalize().toString().hashCode());
    }
}
