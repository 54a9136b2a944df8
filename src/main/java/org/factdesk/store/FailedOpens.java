package org.factdesk.store;

import java.sql.SQLException;
import org.h2.api.ErrorCode;

/**
 * Frees the file lock that H2 (2.4.240) leaves behind when opening a damaged file fails: it builds its store,
 * fails reading the first pages, and drops the store without closing its file channel, so the JVM still holds
 * the file's lock and the next open in this process reads "already open". Nothing references that store any
 * more, and the JVM releases a lock whose holder it has collected, so a collection right after the failure frees
 * the file for a retry. Stateless; thread-safe.
 */
final class FailedOpens {

    private FailedOpens() {
    }

    /** Call once an open has failed with {@code failure}; a file that is really open elsewhere is left alone. */
    static void releaseLeakedLock(SQLException failure) {
        if (failure.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return;
        }
        // The only way to reach a channel H2 no longer references; rare (a failed open) and cheap enough there.
        System.gc();
    }
}
