package org.factdesk.logic.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Guards the guard: a checker that silently accepted everything would make the HTML tests worthless. */
class NuHtmlCheckerTest {

    @Test
    void acceptsMinimalValidPage() throws Exception {
        String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Bridge</title></head>"
                + "<body><p>Open.</p></body></html>";

        assertEquals(List.of(), new NuHtmlChecker().errors(page));
    }

    @Test
    void reportsInvalidPage() throws Exception {
        String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title></title></head>"
                + "<body><ul><p>Closed.</p></ul><a href=\"https://bad host.example/\">x</a></body></html>";

        List<String> errors = new NuHtmlChecker().errors(page);

        assertFalse(errors.isEmpty());
        assertEquals(3, errors.size(), errors::toString);
    }
}
