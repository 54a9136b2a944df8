package org.factdesk.logic.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import org.factdesk.logic.interchange.StoryJsonException;
import org.factdesk.logic.interchange.StoryJsonImporter;
import org.factdesk.logic.interchange.StoryJsonReader;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectFileException;
import org.factdesk.model.ProjectFiles;

/**
 * Writes the demo project a new user sees on the very first start: the story kept in {@code assets/demo},
 * imported into a fresh project file. Blocking; run it off the JavaFX thread.
 */
public final class DemoProject {

    /** Where the build puts assets/demo/tidewater-market.json. */
    static final String STORY_RESOURCE = "/org/factdesk/demo/tidewater-market.json";

    private DemoProject() {
    }

    /** Creates the demo project at {@code file} (which must not exist) and returns the demo story's id. */
    public static long write(ProjectFiles files, Path file) throws ProjectFileException {
        try (InputStream in = Objects.requireNonNull(DemoProject.class.getResourceAsStream(STORY_RESOURCE),
                "the demo story is missing from the build");
             Reader json = new InputStreamReader(in, StandardCharsets.UTF_8);
             Project project = files.openOrCreate(file)) {
            return new StoryJsonImporter(project).importStory(new StoryJsonReader().read(json, "demo story"));
        } catch (IOException | StoryJsonException e) {
            throw new IllegalStateException("the demo story shipped with Factdesk cannot be read", e);
        }
    }
}
