package org.factdesk.model;

/** Small null-safety rules for the model's text fields, so that "absent" is always the empty string. */
final class Texts {

    private Texts() {
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
