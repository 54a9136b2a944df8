package org.factdesk.logic.check;

import java.time.Clock;
import org.factdesk.model.IgnoredFinding;
import org.factdesk.model.WordingChoice;

/**
 * Who is making a check setting, for the record the project keeps of it: the operating system's user name, until
 * the shared desk brings real identities (docs/decisions/0019). Stateless; any thread.
 */
public final class CurrentEditor {

    private CurrentEditor() {
    }

    /** The login name of the person at this computer; empty when the system does not say. */
    public static String name() {
        return System.getProperty("user.name", "").strip();
    }

    /** {@code finding} of story {@code storyId}, ignored by the person at this computer at {@code clock}'s now. */
    public static IgnoredFinding ignoring(long storyId, Finding finding, Clock clock) {
        return new IgnoredFinding(storyId, finding.key(), name(), clock.instant());
    }

    /** A shipped {@code term} silenced by the person at this computer at {@code clock}'s now. */
    public static WordingChoice silencing(String term, Clock clock) {
        return WordingChoice.silence(term, name(), clock.instant());
    }
}
