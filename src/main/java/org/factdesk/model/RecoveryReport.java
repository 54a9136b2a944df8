package org.factdesk.model;

import java.util.List;

/**
 * What a recovery copied out of a damaged project file and what it could not copy whole. Places name the parts
 * by their ids in the damaged file ("source 3", "fact 5 of story 2"), which is where the user can still look
 * them up. Immutable.
 */
public record RecoveryReport(int sources, int sourcesCopied, int stories, int storiesCopied,
                             List<LeftOut> leftOut) {

    /** What recovery does with a part that is not sound. */
    public enum Action {
        LEFT_OUT("left out"),
        /** A citation of a passage that was left out now cites its whole source. */
        KEPT_WITHOUT_ITS_PASSAGE("kept without its passage"),
        /** A story whose own fields are damaged keeps its sound facts and narratives under a stand-in title. */
        KEPT_WITH_A_NEW_TITLE("kept with a new title"),
        /** A story whose structure check fails keeps its sound parts in the order the file holds them. */
        KEPT_IN_STORED_ORDER("kept in stored order");

        private final String words;

        Action(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** One part that did not reach the new project whole, and why. */
    public record LeftOut(String place, Action action, String why) {

        /** The line the command line prints: {@code warning <place>: <action>: <why>}. */
        public String line() {
            return "warning " + place + ": " + action.words() + ": " + why;
        }
    }

    public RecoveryReport {
        leftOut = List.copyOf(leftOut);
    }

    /** True when every part of the damaged file was copied unchanged. */
    public boolean allSound() {
        return leftOut.isEmpty();
    }
}
