package org.factdesk.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the workstation remembers between runs: recent projects, the last story of each, pane sizes, window
 * size and theme. Kept in the user's Java preferences, which cache in memory and write in the background, so
 * reading and setting them on the JavaFX thread does not wait on the disk. Tests pass a throwaway node.
 */
public final class WorkstationSettings {

    static final int RECENT_LIMIT = 8;

    private final Preferences node;

    public WorkstationSettings(Preferences node) {
        this.node = node;
    }

    public static WorkstationSettings forUser() {
        return new WorkstationSettings(Preferences.userRoot().node("org/factdesk/workstation"));
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
        node.put("recent", String.join("\n", recent.stream().map(Path::toString).toList()));
    }

    public void forgetProject(Path file) {
        List<Path> recent = new ArrayList<>(recentProjects());
        recent.remove(file);
        node.put("recent", String.join("\n", recent.stream().map(Path::toString).toList()));
    }

    /** The story last open in this project, or 0. */
    public long lastStory(Path file) {
        return node.getLong("story." + key(file), 0);
    }

    public void rememberStory(Path file, long storyId) {
        node.putLong("story." + key(file), storyId);
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
        node.put("dividers", String.join(",", Arrays.stream(positions).mapToObj(Double::toString).toList()));
    }

    public double windowWidth() {
        return node.getDouble("window.width", 1360);
    }

    public double windowHeight() {
        return node.getDouble("window.height", 860);
    }

    public void rememberWindow(double width, double height) {
        node.putDouble("window.width", width);
        node.putDouble("window.height", height);
    }

    public boolean darkTheme() {
        return node.getBoolean("theme.dark", false);
    }

    public void rememberDarkTheme(boolean dark) {
        node.putBoolean("theme.dark", dark);
    }

    /** Writes pending changes now; called on the way out, off the JavaFX thread's critical path. */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Settings are a convenience; losing them must not stop the app from closing.
        }
    }

    // Preference keys are limited to 80 characters; a path can be longer.
    private static String key(Path file) {
        return Integer.toHexString(file.toAbsolutePath().normalize().toString().hashCode());
    }
}
