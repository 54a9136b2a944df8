package org.factdesk.logic.interchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A JSON object together with its place in the file ({@code facts[2].citations[0]}). Reads typed fields and
 * turns every missing field or wrong type into a {@link StoryJsonException} that names that place, so the
 * reader states what it expects and never spells out an error message itself. Immutable; any thread.
 */
final class LocatedObject {

    /** The place of the top-level object in messages. */
    static final String ROOT = "file";

    private final String place;
    private final JsonNode node;

    private LocatedObject(String place, JsonNode node) {
        this.place = place;
        this.node = node;
    }

    /** The file's top-level value, which must be an object. */
    static LocatedObject root(JsonNode node) throws StoryJsonException {
        if (node == null || node.isMissingNode()) {
            throw new StoryJsonException(ROOT, "is empty, expected a Factdesk story");
        }
        if (!node.isObject()) {
            throw new StoryJsonException(ROOT, "expected an object, found " + describe(node));
        }
        return new LocatedObject("", node);
    }

    /** This object's place: empty for the top-level object. */
    String place() {
        return place.isEmpty() ? ROOT : place;
    }

    /** The place of one of this object's fields. */
    String placeOf(String field) {
        return place.isEmpty() ? field : place + "." + field;
    }

    StoryJsonException error(String field, String problem) {
        return new StoryJsonException(placeOf(field), problem);
    }

    StoryJsonException error(String problem) {
        return new StoryJsonException(place(), problem);
    }

    /** Fails on the first field that is not in {@code known}: a misspelt field would otherwise be lost quietly. */
    void rejectUnknownFields(Set<String> known) throws StoryJsonException {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw error(name, "unknown field");
            }
        }
    }

    String requiredText(String field) throws StoryJsonException {
        return optionalText(field).orElseThrow(() -> error(field, "required text is missing"));
    }

    /** The text of a field that must hold more than white space, as the workstation requires of it. */
    String requiredNonBlankText(String field) throws StoryJsonException {
        String text = requiredText(field);
        if (text.isBlank()) {
            throw error(field, "must not be blank");
        }
        return text;
    }

    /** The text of the field, or empty when the field is absent or null. */
    Optional<String> optionalText(String field) throws StoryJsonException {
        JsonNode value = present(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw error(field, "expected text, found " + describe(value));
        }
        return Optional.of(value.textValue());
    }

    int requiredWholeNumber(String field) throws StoryJsonException {
        JsonNode value = present(field);
        if (value == null) {
            throw error(field, "required number is missing");
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw error(field, "expected a whole number, found " + describe(value));
        }
        return value.intValue();
    }

    boolean optionalBoolean(String field, boolean fallback) throws StoryJsonException {
        JsonNode value = present(field);
        if (value == null) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw error(field, "expected true or false, found " + describe(value));
        }
        return value.booleanValue();
    }

    Optional<LocatedObject> optionalObject(String field) throws StoryJsonException {
        JsonNode value = present(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            throw error(field, "expected an object, found " + describe(value));
        }
        return Optional.of(new LocatedObject(placeOf(field), value));
    }

    /** The objects of a list field; each item must be an object. */
    List<LocatedObject> requiredObjects(String field) throws StoryJsonException {
        if (present(field) == null) {
            throw error(field, "required list is missing");
        }
        return optionalObjects(field);
    }

    /** The objects of a list field, or no objects when the field is absent or null. */
    List<LocatedObject> optionalObjects(String field) throws StoryJsonException {
        JsonNode value = present(field);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            throw error(field, "expected a list, found " + describe(value));
        }
        List<LocatedObject> items = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String itemPlace = placeOf(field) + "[" + i + "]";
            if (!item.isObject()) {
                throw new StoryJsonException(itemPlace, "expected an object, found " + describe(item));
            }
            items.add(new LocatedObject(itemPlace, item));
        }
        return items;
    }

    // An explicit null means the same as leaving the field out, as hand-written and generated files differ there.
    private JsonNode present(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    /** How a value is named in messages: "text", "a number", "a list". */
    static String describe(JsonNode value) {
        return switch (value.getNodeType()) {
            case STRING -> "text";
            case NUMBER -> "a number";
            case BOOLEAN -> value.booleanValue() ? "true" : "false";
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case NULL, MISSING -> "nothing";
            default -> "a value of another kind";
        };
    }
}
