package org.factdesk.logic.check;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.LongUnaryOperator;

/**
 * Builds the stable key of a finding, {@code <check>:<target>:<digest>}, e.g. {@code number:fact-42:3f1a…}: the
 * check's name, the element it concerns by its id in the project ({@code fact-42}, {@code narrative-7},
 * {@code story}), and 16 hex digits of the SHA-256 of the offending text with its case and white space evened
 * out. The element's id rather than its position, so that moving a fact keeps an ignore; the offending text, so
 * that editing it away (or into another problem) ends the ignore. Stateless; any thread.
 */
public final class FindingKey {

    /** The target of a finding about the story as a whole, not one of its elements. */
    public static final String STORY = "story";

    private FindingKey() {
    }

    /** The key for {@code check} about {@code target}, for the offending {@code subject} text. */
    public static String of(String check, String target, String subject) {
        return check + ":" + target + ":" + digest(subject.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }

    /**
     * The same key with the element's id passed through {@code ids}: a fact or narrative made in this session
     * has a local id until it is saved, and an ignore is stored under the id the file gives it. Keys about other
     * targets come back as they are.
     */
    public static String withElementIds(String key, LongUnaryOperator ids) {
        String[] parts = key.split(":", 3);
        if (parts.length < 3) {
            return key;
        }
        for (String prefix : new String[] {"fact-", "narrative-"}) {
            if (parts[1].startsWith(prefix)) {
                try {
                    long id = Long.parseLong(parts[1].substring(prefix.length()));
                    return parts[0] + ":" + prefix + ids.applyAsLong(id) + ":" + parts[2];
                } catch (NumberFormatException notAnId) {
                    return key;
                }
            }
        }
        return key;
    }

    public static String fact(long factId) {
        return "fact-" + factId;
    }

    public static String narrative(long narrativeId) {
        return "narrative-" + narrativeId;
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256.
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
