package org.factdesk.logic.export;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An export was not written because its target must not be written over (a folder, a project, the project being
 * exported, a read-only file) or its folder cannot be written in. The message is the reason alone, in a few words ("it is a folder; name a file to write"), for the
 * caller to put after the target's name. Immutable.
 */
public final class RefusedTargetException extends IOException {

    private final transient Path target;

    public RefusedTargetException(Path target, String reason) {
        super(reason);
        this.target = target;
    }

    public Path target() {
        return target;
    }
}
