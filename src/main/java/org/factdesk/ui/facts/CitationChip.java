package org.factdesk.ui.facts;

/**
 * One citation of a fact as the fact card shows it: the source's live house-format number and label, and
 * where it points. Immutable.
 *
 * @param index the citation's place in the fact's own citation list (for removal)
 * @param excerptId the cited passage, or null for the whole source
 * @param quote the cited passage's text, or empty for the whole source; an orphan's last known quote
 * @param orphaned true when the passage was not found again after its source was corrected
 */
public record CitationChip(int index, int number, String label, long sourceId, Long excerptId, String quote,
                           boolean orphaned) {
}
