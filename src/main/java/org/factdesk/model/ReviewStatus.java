package org.factdesk.model;

/** Where a fact stands in the reviewer's check against its passages. */
public enum ReviewStatus {
    UNCHECKED,
    VERIFIED,
    NEEDS_WORK
}
