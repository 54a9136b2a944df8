package org.factdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.factdesk.logic.search.SearchQuery;
import org.factdesk.model.SourceDraft;
import org.factdesk.ui.DemoSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session's search index follows the open project: built on open, current after edits, new per project. */
class ProjectSearchTest {

    @TempDir
    Path folder;

    private EditorSession session;

    @BeforeEach
    void openDemo() throws Exception {
        session = DemoSession.openDirect(folder);
    }

    @AfterEach
    void close() {
        session.closeCurrent();
    }

    private Set<Long> matching(String query) throws Exception {
        return session.search().matchingSources(SearchQuery.parse(query)).result().join();
    }

    @Test
    void everySourceOfTheOpenedProjectIsIndexed() throws Exception {
        assertTrue(session.search().readyProperty().get());
        Set<Long> found = new java.util.HashSet<>();
        for (String wordOfOneText : new String[] {"fishmonger", "saltmere", "petition", "structural"}) {
            Set<Long> ids = matching(wordOfOneText);
            assertEquals(1, ids.size(), wordOfOneText);
            found.addAll(ids);
        }
        assertEquals(4, found.size(), "each of the four demo sources, by a word of its text");
    }

    @Test
    void anotherProjectGetsAnIndexOfItsOwn() throws Exception {
        long revision = session.search().revisionProperty().get();

        session.open(folder.resolve("empty.mv.db"), true, 0).join();

        assertTrue(matching("fishmonger").isEmpty());
        assertTrue(session.search().revisionProperty().get() > revision);
        session.library().addSource(new SourceDraft("Gullwing Gazette", "", "", "", null, "",
                "A fishmonger opened on the pier.", "test"));
        assertEquals(1, matching("fishmonger").size());
    }
}
