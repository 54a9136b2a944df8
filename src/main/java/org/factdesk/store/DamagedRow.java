package org.factdesk.store;

import org.factdesk.model.ProjectDamagedException;

/**
 * A row the store read back is not what it wrote (its checksum differs) or cannot be read at all. Thrown where
 * the row is read, and turned by the repository into a report that names the source or story it belongs to
 * ({@link Damage}); one that escapes still reads as a damage report. Immutable.
 */
final class DamagedRow extends ProjectDamagedException {

    private static final long serialVersionUID = 1L;

    /** The row as the user knows it: "fact 5", "passage 7 of source 3"; empty when unknown. */
    private final String row;
    private final String reason;

    DamagedRow(String row, String reason, Throwable cause) {
        super(Part.FILE, 0, Damage.inFile(describe(row, reason)), describe(row, reason), cause);
        this.row = row;
        this.reason = reason;
    }

    static DamagedRow checksumMismatch(String row) {
        return new DamagedRow(row, "does not match its checksum", null);
    }

    /** A row that another row points at, or a scan listed, cannot be found by its id: a damaged index. */
    static DamagedRow notFound(String row, String lost) {
        return new DamagedRow(row, "refers to " + lost + ", which cannot be found", null);
    }

    static DamagedRow unreadable(String row, Throwable cause) {
        return new DamagedRow(row, "holds a value that cannot be read", cause);
    }

    String row() {
        return row;
    }

    String reason() {
        return reason;
    }

    private static String describe(String row, String reason) {
        return row.isEmpty() ? "a stored value cannot be read" : row + " " + reason;
    }
}
