package org.factdesk.logic.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.factdesk.logic.importing.SourceFileReader;
import org.factdesk.model.SourceDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's articles read back as the paragraphs they were written from, whatever their format. */
class MixedArticlesTest {

    @TempDir
    Path folder;

    @Test
    void everyGeneratedArticleReadsBackAsItsParagraphs() throws Exception {
        List<MixedArticles.Written> articles = new MixedArticles(7).write(folder, 6);
        SourceFileReader reader = new SourceFileReader();

        assertEquals(List.of("html", "pdf", "docx", "html", "pdf", "docx"),
                articles.stream().map(MixedArticles.Written::kind).toList());
        for (MixedArticles.Written article : articles) {
            SourceDraft draft = reader.read(article.file());
            String expected = String.join("\n\n", article.paragraphs());
            if (article.kind().equals("html")) {
                assertTrue(draft.text().contains(expected), article.file() + ":\n" + draft.text());
            } else {
                assertEquals(expected, draft.text(), article.file().toString());
            }
        }
    }
}
