package org.factdesk.logic.interchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.factdesk.logic.interchange.JsonLocations.Location;
import org.factdesk.logic.text.TextRules;
import org.factdesk.logic.text.TextRules.Kind;

/**
 * A JSON object together with its place in the file ({@code facts[2].citations[0]}). Reads typed fields and
 * turns every missing field, wrong type or forbidden character ({@link TextRules}) into a
 * {@link StoryJsonException} that names that place with its line and column, so the reader states what it
 * expects and never spells out an error message itself. Texts come back with {@code \n} line ends.
 * Immutable; any thread.
 */
final class LocatedObject {

    /** The place of the top-level object in messages. */
    static final String ROOT = "file";

    private final String place;
    private final JsonNode node;
    private final JsonLocations locations;

    private LocatedObject(String place, JsonNode node, JsonLocations locations) {
        this.place = place;
        this.node = node;
        this.locations = locations;
    }

    /** The file's top-level value, which must be an object. */
    static LocatedObject root(LocatedJsonParser.Parsed file) throws StoryJsonException {
        JsonNode node = file.root();
        if (node == null || node.isMissingNode()) {
            throw new StoryJsonException(ROOT, "is empty, expected a Factdesk story");
        }
        LocatedObject root = new LocatedObject("", node, file.locations());
        if (!node.isObject()) {
            throw root.error("expected an object, found " + describe(node));
        }
        return root;
    }

    /** This object's place: empty for the top-level object. */
    String place() {
        return place.isEmpty() ? ROOT : place;
    }

    /** The place of one of this object's fields. */
    String placeOf(String field) {
        return place.isEmpty() ? field : place + "." + field;
    }

    /** A problem with a field, at the field's value, or at this object when the field is missing. */
    StoryJsonException error(String field, String problem) {
        return located(placeOf(field), locations.at(placeOf(field)).orElse(start()), problem);
    }

    StoryJsonException error(String problem) {
        return located(place(), start(), problem);
    }

    private Location start() {
        return locations.at(place).orElseThrow(() -> new IllegalStateException("no location for " + place()));
    }

    private static StoryJsonException located(String place, Location where, String problem) {
        return new StoryJsonException(place, where, problem);
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

    String requiredText(String field, Kind kind) throws StoryJsonException {
        return optionalText(field, kind).orElseThrow(() -> error(field, "required text is missing"));
    }

    /** The text of a field that must hold more than white space, as the workstation requires of it. */
    String requiredNonBlankText(String field, Kind kind) throws StoryJsonException {
        String text = requiredText(field, kind);
        if (text.isBlank()) {
            throw error(field, "must not be blank");
        }
        return text;
    }

    /**
     * The text of the field, or empty when the field is absent or null. It must hold only what a field of this
     * kind may hold; a carriage return in running text becomes a line feed.
     */
    Optional<String> optionalText(String field, Kind kind) throws StoryJsonException {
        JsonNode value = present(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw error(field, "expected text, found " + describe(value));
        }
        String raw = value.textValue();
        // Checked before normalising, so that a position counts the characters as the file has them.
        String checked = kind == Kind.TEXT ? raw.replace('\r', '\n') : raw;
        Optional<TextRules.Problem> problem = TextRules.firstProblem(checked, kind);
        if (problem.isPresent()) {
            throw error(field, problem.get().describe(checked));
        }
        return Optional.of(TextRules.normaliseLineEnds(raw));
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
        return Optional.of(new LocatedObject(placeOf(field), value, locations));
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
                throw located(itemPlace, locations.at(itemPlace).orElse(start()),
                        "expected an object, found " + describe(item));
            }
            items.add(new LocatedObject(itemPlace, item, locations));
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
