package org.factdesk.logic.check;

import java.util.List;
import java.util.Set;

/**
 * What the checks found in a story: the findings in place order, and how its facts rest on outlets and
 * perspectives. Immutable.
 */
public record CheckReport(List<Finding> findings, SourceShares shares) {

    public CheckReport {
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    /**
     * The report without the findings whose keys are {@code ignored}: where the ignores stored in the project
     * ({@link org.factdesk.model.CheckSettings#ignoredFindings}) are applied, in the window and on the command line
     * alike.
     */
    public CheckReport without(Set<String> ignored) {
        if (ignored.isEmpty()) {
            return this;
        }
        return new CheckReport(findings.stream().filter(finding -> !ignored.contains(finding.key())).toList(), shares);
    }
}
