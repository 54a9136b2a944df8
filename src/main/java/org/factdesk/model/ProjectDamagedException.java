package org.factdesk.model;

/**
 * Part of an open project file no longer holds what Factdesk wrote there: a stored text or row does not match
 * its checksum, or a value cannot be read at all. The message names the damaged source or story for the user;
 * {@link #part()} and {@link #partId()} say the same for code (recovery leaves that part out). Immutable.
 */
public class ProjectDamagedException extends ProjectStorageException {

    private static final long serialVersionUID = 1L;

    /** What a damage report is about. */
    public enum Part {
        /** A source: its text, its details or one of its passages. */
        SOURCE,
        /** A story: its own fields, or one of its facts, citations or narratives. */
        STORY,
        /** Something the report cannot tie to one source or story. */
        FILE
    }

    /** Where the user is sent to save what is sound; the command line documents it. */
    public static final String RECOVERY_HINT =
            "Run 'factdesk recover <project.mv.db> <new.mv.db>' to copy what is sound into a new project.";

    private final Part part;
    private final long partId;
    private final String detail;

    /**
     * @param partId the id of the damaged source or story; 0 for {@link Part#FILE}
     * @param detail what is wrong with it, e.g. "its text does not match its checksum"
     */
    public ProjectDamagedException(Part part, long partId, String message, String detail, Throwable cause) {
        super(message, cause);
        this.part = part;
        this.partId = partId;
        this.detail = detail;
    }

    public Part part() {
        return part;
    }

    public long partId() {
        return partId;
    }

    /** What is wrong, without the name of the part: "fact 5 does not match its checksum". */
    public String detail() {
        return detail;
    }
}
