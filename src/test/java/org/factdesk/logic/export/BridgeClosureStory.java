package org.factdesk.logic.export;

import static org.factdesk.logic.StoryFixtures.story;

import org.factdesk.logic.StoryFixtures.StoryBuilder;
import org.factdesk.logic.format.FormattedStory;
import org.factdesk.logic.format.HouseFormat;

/**
 * The fictional story behind the golden export files: a harbour bridge closure in Port Merrow, four sources
 * (two from the same outlet, one without a url), five facts and two narratives. Stateless.
 */
final class BridgeClosureStory {

    private BridgeClosureStory() {
    }

    static StoryBuilder builder() {
        return story()
                .title("Port Merrow Shuts Harbour Bridge After Cracks Found")
                .lede("Port Merrow has closed its only harbour bridge after inspectors found cracks in a pier, and "
                        + "engineers say repairs will take at least until the end of May.")
                .source(11, "Merrow Evening Post", "Harbour bridge shut after cracks found in pier",
                        "https://eveningpost.example/news/bridge-shut")
                .source(12, "Coastline Daily", "Ferries add crossings as bridge closes",
                        "https://coastline.example/2024/03/ferries?ref=home")
                .source(13, "Harbour Radio", "Council defends bridge closure", "")
                .source(14, "Coastline Daily", "Traders count the cost", " HTTP://coastline.example/traders ")
                .fact("Port Merrow closed the Tollan Harbour Bridge to all traffic on Tuesday after inspectors "
                        + "found cracks in one of its piers.", 11)
                .fact("City engineers said the bridge would stay shut until at least the end of May while divers "
                        + "survey the remaining piers.", 13, 12)
                .fact("The ferry operator, Merrow & Isles Ferries, added twelve crossings a day.", 12)
                .fact("Shop owners in the Old Quay district said trade fell by about a third in the first week.",
                        14, 11)
                .fact("The council said it had set aside \"emergency funds\" for the repairs but has not "
                        + "published an estimate.", 13)
                .narrative("Safety-first narrative", "Harbour Radio", "Closing the bridge early was the "
                        + "responsible choice; a city that waits for a collapse has already failed its residents.")
                .narrative("Cost-of-closure narrative", "Coastline Daily", "The council ignored warnings about "
                        + "the piers for years, and shop owners and commuters are now paying for that neglect.");
    }

    static FormattedStory formatted() {
        return HouseFormat.format(builder().build());
    }
}
