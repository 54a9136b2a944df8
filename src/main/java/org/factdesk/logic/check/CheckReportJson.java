package org.factdesk.logic.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Writes a {@link CheckReport} as one JSON object: {@code story}, {@code errors}, {@code warnings}, {@code
 * ignored} (how many findings the story's ignores left out), {@code findings} (each with {@code severity},
 * {@code place}, {@code message}, {@code key} and {@code passage}, an object of {@code source}, {@code start} and
 * {@code end}, or null) and {@code shares} ({@code citedFacts}, {@code outlets} and {@code perspectives}, each a
 * list of {@code name}, {@code facts} and {@code share}). Stateless; any thread.
 */
public final class CheckReportJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private CheckReportJson() {
    }

    /** The report of story {@code storyId}, none of its findings ignored: {@link #write(long, CheckReport, int)}. */
    public static String write(long storyId, CheckReport report) {
        return write(storyId, report, 0);
    }

    /**
     * The report of story {@code storyId}, from which {@code ignored} ignored findings were left out, as
     * pretty-printed JSON ending in a line break.
     */
    public static String write(long storyId, CheckReport report, int ignored) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("story", storyId);
        root.put("errors", report.findings().stream().filter(Finding::isError).count());
        root.put("warnings", report.findings().stream().filter(finding -> !finding.isError()).count());
        root.put("ignored", ignored);
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : report.findings()) {
            ObjectNode node = findings.addObject();
            node.put("severity", finding.severity().word());
            node.put("place", finding.place().toString());
            node.put("message", finding.message());
            node.put("key", finding.key());
            if (finding.passage().isPresent()) {
                Passage passage = finding.passage().get();
                ObjectNode shown = node.putObject("passage");
                shown.put("source", passage.sourceId());
                shown.put("start", passage.start());
                shown.put("end", passage.end());
            } else {
                node.putNull("passage");
            }
        }
        ObjectNode shares = root.putObject("shares");
        shares.put("citedFacts", report.shares().citedFacts());
        shares(shares.putArray("outlets"), report.shares().outlets());
        shares(shares.putArray("perspectives"), report.shares().perspectives());
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            // A tree of plain text and numbers always serializes.
            throw new IllegalStateException("could not write the check report as JSON", e);
        }
    }

    private static void shares(ArrayNode array, List<SourceShares.Share> shares) {
        for (SourceShares.Share share : shares) {
            ObjectNode node = array.addObject();
            node.put("name", share.name());
            node.put("facts", share.facts());
            node.put("share", share.share());
        }
    }
}
