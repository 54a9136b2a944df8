package org.factdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.concurrent.CompletionException;
import org.factdesk.model.InternalStorageException;
import org.factdesk.model.ProjectDamagedException;
import org.factdesk.model.ProjectStorageException;
import org.junit.jupiter.api.Test;

class UserMessagesTest {

    @Test
    void damageInTheWindowPointsAtTheRecoverMenuNotTheCommandLine() {
        ProjectDamagedException damage = new ProjectDamagedException(ProjectDamagedException.Part.SOURCE, 2,
                "Source 2 is damaged in the project file: its text does not match its checksum. "
                        + ProjectDamagedException.RECOVERY_HINT, "its text does not match its checksum", null);

        assertEquals("Source 2 is damaged in the project file: its text does not match its checksum. Choose File › "
                + "Recover a damaged project… to copy what is sound into a new project.",
                UserMessages.describe(new CompletionException(damage)));
    }

    @Test
    void aBugSaysItIsInternalAndClaimsNothingAboutWhatWasSaved() {
        String message = UserMessages.describe(new CompletionException(new IllegalStateException("oops")));

        assertEquals("An internal error in Factdesk stopped this (IllegalStateException).", message);
        assertFalse(message.contains("saved"), message);
    }

    @Test
    void aStoreFaultIsInternalNotAdviceToRestoreTheFile() {
        InternalStorageException fault = new InternalStorageException("The project has no fact with id 3.");

        assertTrue(UserMessages.isUnexpected(fault));
        assertEquals("An internal error in Factdesk stopped this (InternalStorageException).",
                UserMessages.describe(fault));
    }

    @Test
    void aBugWrappedInAMessageForTheUserIsStillUnexpectedSoItIsLogged() {
        UserFacingException saveFailed = new UserFacingException("A change could not be saved.",
                new InternalStorageException("The project has no fact with id 3."));

        assertTrue(UserMessages.isUnexpected(saveFailed));
        assertEquals("A change could not be saved.", UserMessages.describe(saveFailed));
        assertFalse(UserMessages.isUnexpected(new UserFacingException("Bad title.", new java.io.IOException("x"))));
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
