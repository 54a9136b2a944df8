package org.factdesk.ui.checks;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.factdesk.logic.check.Finding;
import org.factdesk.logic.check.Place;
import org.factdesk.model.IgnoredFinding;

/**
 * One line of the Checks panel: a finding, where it is in words ("Fact 3"), and who ignored it, if anyone did.
 * Immutable.
 */
public record FindingRow(Finding finding, Optional<IgnoredFinding> ignored) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.UK);

    private static final Pattern PLACE_IN_MESSAGE = Pattern.compile("\\b(facts|narratives)\\[(\\d{1,6})\\]");

    public FindingRow {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(ignored, "ignored");
    }

    public boolean isError() {
        return finding.isError();
    }

    public boolean isIgnored() {
        return ignored.isPresent();
    }

    public String message() {
        return finding.message();
    }

    /** The message as a sentence of its own, under its place: its first letter a capital. */
    public String sentence() {
        // Messages are shared with the command line, which names places as facts[0]; the window counts from 1.
        String text = PLACE_IN_MESSAGE.matcher(finding.message()).replaceAll(match -> (match.group(1).equals("facts")
                ? "fact " : "narrative ") + (Integer.parseInt(match.group(2)) + 1));
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** "Title", "Lede", "Fact 3", "Narrative 1" or "Sources": counted from 1, as the editor counts. */
    public String placeText() {
        Place place = finding.place();
        return switch (place.kind()) {
            case TITLE -> "Title";
            case LEDE -> "Lede";
            case FACT -> "Fact " + (place.index() + 1);
            case NARRATIVE -> "Narrative " + (place.index() + 1);
            case SOURCES -> "Sources";
        };
    }

    /**
     * A number the editor worked out herself (a sum, a conversion) is "marked checked" when ignored; anything
     * else is "ignored". The button keeps one label (and Alt+I); its tooltip and the row say which.
     */
    public boolean isNumber() {
        return finding.key().startsWith("number:");
    }

    /** "Error" or "Warning", for screen readers and the export question. */
    public String severityText() {
        return isError() ? "Error" : "Warning";
    }

    /** "Ignored by ana on 30 Nov 2026" ("Marked checked…" for a number), or empty. */
    public String ignoredText() {
        return ignored.map(by -> (isNumber() ? "Marked checked" : "Ignored") + (by.ignoredBy().isBlank() ? "" : " by " + by.ignoredBy()) + " on "
                + WHEN.format(by.ignoredAt().atZone(ZoneId.systemDefault()))).orElse("");
    }
}
