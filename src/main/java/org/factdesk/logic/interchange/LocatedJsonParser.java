package org.factdesk.logic.interchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.factdesk.logic.interchange.JsonLocations.Location;
import org.factdesk.logic.text.TextRules;

/**
 * Parses a story file into a Jackson tree in one streaming pass, recording where every value starts, and turns
 * each parser failure (syntax, a duplicate field, text after the story, a size limit) into a
 * {@link StoryJsonException} with its place, line and column. Jackson's tree reader cannot do either: its nodes
 * forget their location, and its limit errors name no place. Stateless; any thread.
 */
final class LocatedJsonParser {

    /** The largest story file read, in bytes (or characters, for a string): a few long sources fit easily. */
    static final int MAX_FILE_SIZE = 100 * 1024 * 1024;

    static final String MAX_FILE_SIZE_WORDS = "100 MB";

    // Every string may be as long as a source text, and no longer; the file as a whole is bounded so that a
    // story of many long sources still fits the default heap of an 8 GB laptop (texts are held twice, as
    // UTF-16 strings, while the story is checked).
    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxStringLength(TextRules.MAX_SOURCE_CHARS)
            .maxDocumentLength(MAX_FILE_SIZE)
            .build();

    // Duplicate keys would silently drop one of the values.
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(LIMITS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    // Jackson's "(for Array starting at [Source: …; line: 1, column: 7])" and "(start marker at […])".
    private static final Pattern OPENED_AT = Pattern.compile("\\s*\\((?:for (\\w+) starting|start marker) at "
            + "\\[Source:[^\\]]*?line: (\\d+)(?:, column: (\\d+))?\\]\\)");

    /** A parsed file: its top-level value (null when the file holds none) and where each value starts. */
    record Parsed(JsonNode root, JsonLocations locations) {
    }

    private LocatedJsonParser() {
    }

    static Parsed parse(InputStream in) throws StoryJsonException, IOException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            return parse(parser);
        }
    }

    static Parsed parse(Reader in) throws StoryJsonException, IOException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            return parse(parser);
        }
    }

    private static Parsed parse(JsonParser parser) throws StoryJsonException, IOException {
        JsonLocations locations = new JsonLocations();
        try {
            if (parser.nextToken() == null) {
                return new Parsed(null, locations);
            }
            JsonNode root = value(parser, "", locations);
            // Text after the story usually means two files pasted together.
            if (parser.nextToken() != null) {
                throw new StoryJsonException("", locationOf(parser.currentTokenLocation()),
                        "unexpected text after the end of the story");
            }
            return new Parsed(root, locations);
        } catch (StreamConstraintsException e) {
            throw limitError(parser, e);
        } catch (JsonProcessingException e) {
            throw syntaxError(parser, e);
        }
    }

    private static JsonNode value(JsonParser parser, String place, JsonLocations locations) throws IOException {
        locations.record(place, locationOf(parser.currentTokenLocation()));
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> object(parser, place, locations);
            case START_ARRAY -> array(parser, place, locations);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new IllegalStateException("a value cannot start with " + token);
        };
    }

    private static ObjectNode object(JsonParser parser, String place, JsonLocations locations) throws IOException {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            object.set(name, value(parser, place.isEmpty() ? name : place + "." + name, locations));
        }
        return object;
    }

    private static ArrayNode array(JsonParser parser, String place, JsonLocations locations) throws IOException {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(value(parser, place + "[" + array.size() + "]", locations));
        }
        return array;
    }

    /** Jackson's limits name no place; the parser's context still knows it. */
    private static StoryJsonException limitError(JsonParser parser, StreamConstraintsException e) {
        String place = placeOf(parser.getParsingContext());
        Location where = locationOf(parser.currentTokenLocation());
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.startsWith("String value length")) {
            return new StoryJsonException(place, where, "text longer than " + TextRules.MAX_SOURCE_SIZE + " ("
                    + NumberFormat.getIntegerInstance(Locale.ROOT).format(TextRules.MAX_SOURCE_CHARS)
                    + " characters), the most Factdesk takes in one text");
        }
        if (message.startsWith("Document length")) {
            return tooLong();
        }
        if (message.startsWith("Document nesting depth")) {
            return new StoryJsonException(place, where, "nested more than "
                    + parser.streamReadConstraints().getMaxNestingDepth() + " levels deep; a story file needs 4");
        }
        String cleaned = message.replaceAll(",? from `[^`]*`", "").strip();
        return new StoryJsonException(place, where, "too large: " + lowerFirst(cleaned));
    }

    /**
     * A file over the size limit: the file is the place. Jackson notices it up to a buffer after the limit, where
     * its line and column are neither where the limit was passed nor always right (blank space alone gave "line 1,
     * column 0"), and its context may name a value that has not begun; so the message gives the limit alone.
     */
    private static StoryJsonException tooLong() {
        return new StoryJsonException("", "the file is longer than " + MAX_FILE_SIZE_WORDS + " ("
                + NumberFormat.getIntegerInstance(Locale.ROOT).format(MAX_FILE_SIZE) + " bytes), the most Factdesk "
                + "reads as one story");
    }

    /**
     * Jackson's own wording, without its class names, character codes and source-reference noise. No place:
     * the parser's context still names the field before a stray comma, which would point the reader astray.
     */
    private static StoryJsonException syntaxError(JsonParser parser, JsonProcessingException e) {
        JsonLocation reported = e.getLocation();
        Location where = locationOf(reported == null ? parser.currentLocation() : reported);
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String cleaned = OPENED_AT.matcher(message).replaceAll(LocatedJsonParser::openedAt)
                .replaceAll("\\s*\\[Source:.*?\\]", "")
                .replaceAll(" \\(\\(CTRL-CHAR, code \\d+\\)\\)", "")
                .replaceAll(" \\((?:CTRL-CHAR, )?code \\d+\\)", "")
                // Advice for programmers who could switch a parser feature on; an editor can only fix the file.
                .replaceAll("\\s*\\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)", "")
                .replace("maybe a (non-standard) comment?", "JSON has no comments")
                .replaceAll(":?\\s*enable `?JsonReadFeature\\.[A-Z_]+`? to allow", "")
                .strip();
        if (cleaned.isEmpty()) {
            cleaned = "not valid JSON";
        }
        return new StoryJsonException("", where, "JSON syntax error: " + lowerFirst(cleaned));
    }

    /**
     * Where the object or array that a syntax error leaves open began, in the message's own words ("the array
     * opened at line 1, column 7"); nothing for the top of the file, which Jackson puts at column 0.
     */
    private static String openedAt(MatchResult opened) {
        if (opened.group(3) == null || "root".equals(opened.group(1))) {
            return "";
        }
        String what = opened.group(1) == null ? "it" : "the " + opened.group(1).toLowerCase(Locale.ROOT);
        return " (" + what + " opened at line " + opened.group(2) + ", column " + opened.group(3) + ")";
    }

    /** The place the parser is at, as the reader names places: {@code sources[2].text}; empty at the top. */
    static String placeOf(JsonStreamContext context) {
        StringBuilder place = new StringBuilder();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray() && at.getCurrentIndex() >= 0) {
                place.insert(0, "[" + at.getCurrentIndex() + "]");
            } else if (at.inObject() && at.getCurrentName() != null) {
                boolean first = at.getParent() == null || at.getParent().inRoot();
                place.insert(0, first ? at.getCurrentName() : "." + at.getCurrentName());
            }
        }
        return place.toString();
    }

    private static Location locationOf(JsonLocation location) {
        return new Location(location.getLineNr(), location.getColumnNr());
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
