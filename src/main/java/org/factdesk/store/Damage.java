package org.factdesk.store;

import org.factdesk.model.ProjectDamagedException;
import org.factdesk.model.ProjectDamagedException.Part;

/**
 * Words the damage reports: one line that names the damaged source or story, says what is wrong with it and
 * points at recovery. Names come from the damaged file, so they are cut short and freed of control characters
 * before they reach a terminal. Stateless and thread-safe.
 */
final class Damage {

    private static final int LONGEST_NAME = 60;

    private Damage() {
    }

    static ProjectDamagedException source(long id, String outlet, String title, String detail, Throwable cause) {
        return new ProjectDamagedException(Part.SOURCE, id,
                "Source " + id + sourceName(outlet, title) + " is damaged in the project file: " + detail + ". "
                        + ProjectDamagedException.RECOVERY_HINT, detail, cause);
    }

    /**
     * " (Bay Gazette, "Crossing to reopen")": the outlet, as the house format cites a source, then the title in
     * quotes. A part the source lacks is left out rather than shown empty ({@code (Bay Gazette, "")}), and a
     * source with neither is named by its id alone.
     */
    static String sourceName(String outlet, String title) {
        String shownOutlet = clean(outlet);
        String shownTitle = clean(title);
        if (shownTitle.isEmpty()) {
            return shownOutlet.isEmpty() ? "" : " (" + shownOutlet + ")";
        }
        return " (" + (shownOutlet.isEmpty() ? "" : shownOutlet + ", ") + "\"" + shownTitle + "\")";
    }

    static ProjectDamagedException story(long id, String title, String detail, Throwable cause) {
        String name = clean(title).isEmpty() ? "" : " (\"" + clean(title) + "\")";
        return new ProjectDamagedException(Part.STORY, id,
                "Story " + id + name + " is damaged in the project file: " + detail + ". "
                        + ProjectDamagedException.RECOVERY_HINT, detail, cause);
    }

    /** A damaged row found while reading a story; a damaged source it cites is reported as that source. */
    static ProjectDamagedException inStory(long id, String title, ProjectDamagedException damage) {
        if (damage.part() != Part.FILE) {
            return damage;
        }
        return story(id, title, damage.detail(), damage);
    }

    static String inFile(String detail) {
        return "The project file is damaged: " + detail + ". " + ProjectDamagedException.RECOVERY_HINT;
    }

    static String clean(String name) {
        if (name == null) {
            return "";
        }
        String printable = name.replaceAll("\\p{Cntrl}", "?").strip();
        return printable.codePointCount(0, printable.length()) <= LONGEST_NAME ? printable
                : printable.substring(0, printable.offsetByCodePoints(0, LONGEST_NAME - 1)) + "…";
    }
}
