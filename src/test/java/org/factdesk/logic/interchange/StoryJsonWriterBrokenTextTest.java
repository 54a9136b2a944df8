package org.factdesk.logic.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.Project;
import org.factdesk.model.Story;
import org.factdesk.store.H2ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A project made before the text rules may hold half a character; its JSON export still encodes and says so. */
class StoryJsonWriterBrokenTextTest {

    @TempDir
    Path folder;

    @Test
    void halfCharacterIsWrittenAsAnEscapeThatEncodesAndIsRefusedByPlaceOnImport() throws Exception {
        String json;
        try (Project project = new H2ProjectFiles().openOrCreate(folder.resolve("old.mv.db"))) {
            Story story = project.stories().createStory("Quay \uD800shut", "The quay shut.", HouseStyle.DEFAULT);
            json = new StoryJsonWriter(project).write(story.id());
        }

        ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .encode(CharBuffer.wrap(json));
        assertTrue(bytes.remaining() > 0);
        assertTrue(json.contains("\"Quay \\ud800shut\""), json);
        StoryJsonException error = assertThrows(StoryJsonException.class, () -> new StoryJsonReader().read(json));
        assertEquals("title", error.place());
        assertEquals("a broken character (a lone UTF-16 surrogate) at character 6", error.problem());
    }

    static Stream<Arguments> halves() {
        return Stream.of(
                Arguments.of("\"a\uD800b\"", "\"a\\ud800b\""),
                Arguments.of("\"\uDFFF\"", "\"\\udfff\""),
                Arguments.of("\"\uDE00\uD83D\"", "\"\\ude00\\ud83d\""),
                Arguments.of("\"\uD83D\uDE00 ok\"", "\"\uD83D\uDE00 ok\""),
                Arguments.of("\"plain\"", "\"plain\""));
    }

    @ParameterizedTest
    @MethodSource("halves")
    void onlyHalvesOfPairsAreEscaped(String raw, String written) {
        assertEquals(written, StoryJsonWriter.escapeLoneSurrogates(raw));
    }
}
