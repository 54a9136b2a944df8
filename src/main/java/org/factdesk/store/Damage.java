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
        String name = outlet == null && title == null ? "" : " (" + clean(outlet) + ", \"" + clean(title) + "\")";
        return new ProjectDamagedException(Part.SOURCE, id,
                "Source " + id + name + " is damaged in the project file: " + detail + ". "
                        + ProjectDamagedException.RECOVERY_HINT, detail, cause);
    }

    static ProjectDamagedException story(long id, String title, String detail, Throwable cause) {
        String name = title == null ? "" : " (\"" + clean(title) + "\")";
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
