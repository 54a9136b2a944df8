package org.factdesk.logic.export;

import static org.factdesk.logic.StoryFixtures.story;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factdesk.logic.format.HouseFormat;
import org.junit.jupiter.api.Test;

class MarkdownExportTest {

    @Test
    void hostileTextInEveryFieldStaysText() {
        String markdown = MarkdownExport.render(HouseFormat.format(story()
                .title("# [Win](javascript:alert(1))")
                .lede("- <script>alert(1)</script>")
                .source(1, "*Herald*", "title", "javascript:alert(1)")
                .source(2, "[Gazette](https://evil.example)", "title", "https://gazette.example/a (b)<c>")
                .fact("1. _Bridge_ shut", 2, 1)
                .narrative("**Bold** label", "![x](y)", "> quoted `code`")
                .build()));

        assertEquals("""
                # \\# \\[Win\\](javascript:alert(1))

                \\- \\<script\\>alert(1)\\</script\\>

                ## Facts

                - 1\\. \\_Bridge\\_ shut1,2

                Sources: [1\\[Gazette\\](https://evil.example)](https://gazette.example/a%20%28b%29%3Cc%3E) and 2\\*Herald\\*.

                ## Narratives

                - **\\*\\*Bold\\*\\* label**, as provided by !\\[x\\](y). \\> quoted \\`code\\`
                """, markdown);
    }

    @Test
    void uncitedStoryHasNoSourcesLine() {
        String markdown = MarkdownExport.render(HouseFormat.format(story()
                .title("Bridge shut").fact("Nobody has said why.").narrative("", "Port Herald", "Wait.").build()));

        assertEquals("""
                # Bridge shut

                ## Facts

                - Nobody has said why.

                ## Narratives

                - **Narrative**, as provided by Port Herald. Wait.
                """, markdown);
    }
}
