package org.factdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.concurrent.CompletionException;
import org.factdesk.model.InternalStorageException;
import org.factdesk.model.ProjectStorageException;
import org.junit.jupiter.api.Test;

class UserMessagesTest {

    @Test
    void aBugSaysItIsInternalAndClaimsNothingAboutWhatWasSaved() {
        String message = UserMessages.describe(new CompletionException(new IllegalStateException("oops")));

        assertEquals("An internal error in Factdesk stopped this (IllegalStateException). The details are in the "
                + "log.", message);
        assertFalse(message.contains("saved"), message);
    }

    @Test
    void aStoreFaultIsInternalNotAdviceToRestoreTheFile() {
        InternalStorageException fault = new InternalStorageException("The project has no fact with id 3.");

        assertTrue(UserMessages.isUnexpected(fault));
        assertEquals("An internal error in Factdesk stopped this (InternalStorageException). The details are in the "
                + "log.", UserMessages.describe(fault));
    }

    @Test
    void aProblemWithTheUsersFileIsToldInItsOwnWords() {
        ProjectStorageException readOnly = new ProjectStorageException("The project file is read-only.");

        assertFalse(UserMessages.isUnexpected(readOnly));
        assertEquals("The project file is read-only.", UserMessages.describe(readOnly));
    }

    @Test
    void aFileSystemProblemNamesTheFileOnceWithTheReason() {
        assertEquals("The file /news/desk.html could not be read or written: permission denied.",
                UserMessages.describe(new AccessDeniedException("/news/desk.html")));
        assertEquals("The file /news could not be read or written: Is a directory.",
                UserMessages.describe(new FileSystemException("/news", null, "Is a directory")));
    }
}
