package org.factdesk.ui.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.print.Printer;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.factdesk.logic.format.FormattedStory;
import org.factdesk.ui.FxSession;
import org.factdesk.ui.common.UserMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Printing as far as it goes without a printer: the story cut into pages, and the message when there is none. */
@ExtendWith(ApplicationExtension.class)
class StoryPrintTest {

    private FxSession fx;
    private final List<String> reported = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        fx = new FxSession();
        stage.show();
        fx.open();
    }

    @AfterEach
    void close() throws Exception {
        fx.onFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            return null;
        });
        fx.close();
    }

    private FormattedStory story() throws Exception {
        fx.awaitOpen();
        return fx.onFx(() -> fx.session().story().formattedProperty().get());
    }

    @Test
    void withoutAPrinterPrintSaysSoInOneMessageAndPrintsNothing() throws Exception {
        FormattedStory story = story();

        int pages = fx.onFx(() -> new StoryPrint(() -> null, (what, problem) -> reported.add(what + ": "
                + UserMessages.describe(problem))).print(null, story));

        assertEquals(0, pages);
        assertEquals(List.of("Print: " + StoryPrint.NO_PRINTER), reported);
    }

    @Test
    void onThisMachinesPrintersAMissingPrinterGivesTheSameMessage() throws Exception {
        FormattedStory story = story();
        assumeTrue(fx.onFx(Printer::getDefaultPrinter) == null, "a printer is set up here");

        int pages = fx.onFx(() -> new StoryPrint((what, problem) -> reported.add(UserMessages.describe(problem)))
                .print(null, story));

        assertEquals(0, pages);
        assertEquals(List.of(StoryPrint.NO_PRINTER), reported);
    }

    @Test
    void theStoryIsCutIntoPagesThatFollowEachOtherAndFitThePrintableArea() throws Exception {
        FormattedStory story = story();

        PrintedStory printed = fx.onFx(() -> new PrintedStory(story, 300, 240));

        List<PageBreaks.Page> pages = printed.pages();
        assertTrue(pages.size() >= 3, "a story of four facts and three narratives on small pages: " + pages);
        double pageHeight = 240 / PrintedStory.SCALE;
        for (int i = 0; i < pages.size(); i++) {
            assertTrue(pages.get(i).height() <= pageHeight + 0.5, "page " + i + " fits: " + pages.get(i));
            if (i > 0) {
                assertEquals(pages.get(i - 1).bottom(), pages.get(i).top(), "page " + i + " follows the last");
            }
        }
        Image first = fx.onFx(() -> snapshot(printed.page(0)));
        assertEquals(300, first.getWidth(), 1.5, "the page is the printable width");
        assertTrue(first.getHeight() <= 240 + 1.5, "and no higher than the printable height: " + first.getHeight());
    }

    @Test
    void theStoryPrintsBlackOnWhiteAlsoInTheDarkTheme() throws Exception {
        FormattedStory story = story();
        fx.onFx(() -> {
            Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
            return null;
        });

        Image page = fx.onFx(() -> snapshot(new PrintedStory(story, 400, 600).page(0)));

        int dark = 0;
        int light = 0;
        PixelReader pixels = page.getPixelReader();
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                Color colour = pixels.getColor(x, y);
                if (colour.getBrightness() < 0.2) {
                    dark++;
                } else if (colour.getBrightness() > 0.95 && colour.getSaturation() < 0.05) {
                    light++;
                }
            }
        }
        int all = (int) (page.getWidth() * page.getHeight());
        assertTrue(light > all * 0.7, "a white page: " + light + " of " + all);
        assertTrue(dark > all * 0.01, "with black text: " + dark + " of " + all);
    }

    private static Image snapshot(Node node) {
        return node.snapshot(null, null);
    }
}
